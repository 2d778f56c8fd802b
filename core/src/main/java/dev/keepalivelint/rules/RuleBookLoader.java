package dev.keepalivelint.rules;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.Sha256;
import dev.keepalivelint.yaml.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads the shipped rules file and any user rules files into one {@link RuleBook}. Later files add entries or
 * replace entries with the same id. Every problem is reported with the file and line it is on; nothing is
 * used until all files are valid.
 */
public final class RuleBookLoader {
    /** Classpath location of the rules file shipped in the keepalive-lint-rules artifact. */
    public static final String SHIPPED_RESOURCE = "META-INF/keepalive-lint/rules.yaml";

    private static final Set<String> TOP_KEYS = Set.of("schema", "rulesVersion", "defaultServer", "libraries",
        "servers", "clients", "java", "config", "declarations", "infra");
    private static final Set<String> CONFIG_KEYS = Set.of("dialects");
    private static final Set<String> JAVA_KEYS = Set.of("builders");

    /** One rules file's content and the name to report problems under. */
    public static final class RulesSource {
        private final String name;
        private final byte[] content;

        public RulesSource(String name, byte[] content) {
            this.name = name;
            this.content = content.clone();
        }

        public String name() {
            return name;
        }
    }

    /** The rules file shipped with the plugin, read from the classpath. */
    public static RulesSource shipped() throws RulesFileException {
        ClassLoader loader = RuleBookLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new RulesFileException(List.of(SHIPPED_RESOURCE
                    + ": not on the classpath (the keepalive-lint-rules artifact is missing)"));
            }
            return new RulesSource("keepalive-lint-rules:" + SHIPPED_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new RulesFileException(List.of(SHIPPED_RESOURCE + ": cannot be read: " + e.getMessage()));
        }
    }

    /** Why a rules file cannot be read, in words rather than Java exception names. */
    private static String unreadable(Path path, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException || !Files.exists(path)) {
            return "file not found";
        }
        if (Files.isDirectory(path)) {
            return "is a directory, not a rules file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        return "cannot be read" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A user rules file. */
    public static RulesSource file(Path path) throws RulesFileException {
        try {
            return new RulesSource(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new RulesFileException(List.of(path + ": " + unreadable(path, e)));
        }
    }

    /** The shipped rules followed by the given user files. */
    public static RuleBook loadWith(List<Path> userFiles) throws RulesFileException {
        List<RulesSource> sources = new ArrayList<>();
        sources.add(shipped());
        List<String> problems = new ArrayList<>();
        for (Path p : userFiles) {
            try {
                sources.add(file(p));
            } catch (RulesFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesFileException(problems);
        }
        return load(sources);
    }

    private final RulesProblems problems = new RulesProblems();

    private RuleBookLoader() {
    }

    /** Loads and merges the sources in order; later entries replace earlier ones with the same id. */
    public static RuleBook load(List<RulesSource> sources) throws RulesFileException {
        return new RuleBookLoader().loadAll(sources);
    }

    private RuleBook loadAll(List<RulesSource> sources) throws RulesFileException {
        Map<String, RulesEntry> libraries = new LinkedHashMap<>();
        Map<String, RulesEntry> servers = new LinkedHashMap<>();
        Map<String, RulesEntry> clients = new LinkedHashMap<>();
        Map<String, RulesEntry> builders = new LinkedHashMap<>();
        Map<String, RulesEntry> dialects = new LinkedHashMap<>();
        Map<String, RulesEntry> declarations = new LinkedHashMap<>();
        String rulesVersion = null;
        String defaultServer = null;
        Location defaultServerAt = null;
        MessageDigest digest = Sha256.digest();
        LibrariesReader librariesReader = new LibrariesReader(problems);
        ServersReader serversReader = new ServersReader(problems);
        ClientsReader clientsReader = new ClientsReader(problems);
        JavaBuildersReader javaBuildersReader = new JavaBuildersReader(problems);
        DeclarationsReader declarationsReader = new DeclarationsReader(problems);
        ConfigDialectsReader configDialectsReader = new ConfigDialectsReader(problems);
        InfraRulesReader infraReader = new InfraRulesReader(problems);
        for (RulesSource source : sources) {
            digest.update(source.name.getBytes(StandardCharsets.UTF_8));
            digest.update(source.content);
            MappingNode root = parse(source);
            if (root == null) {
                continue;
            }
            Fields top = new Fields(root, source.name, problems);
            top.knownKeys(TOP_KEYS);
            Node schema = top.node("schema");
            if (schema != null && !"1".equals(Fields.scalar(schema))) {
                problem(source.name, schema, "schema must be 1 (this plugin reads rules files of schema 1)");
            }
            String version = top.text("rulesVersion", false);
            if (version != null) {
                rulesVersion = version;
            }
            String ds = top.text("defaultServer", false);
            if (ds != null) {
                defaultServer = ds;
                defaultServerAt = new Location(source.name, SafeYaml.line(top.node("defaultServer")), 0);
            }
            collect(top, "libraries", libraries);
            collect(top, "servers", servers);
            collect(top, "clients", clients);
            collect(top, "declarations", declarations);
            collectSection(top, "java", JAVA_KEYS, "builders", builders);
            collectSection(top, "config", CONFIG_KEYS, "dialects", dialects);
            infraReader.add(source.name, top.node("infra"));
        }
        if (!problems.isEmpty()) {
            throw new RulesFileException(problems.inFileOrder(names(sources)));
        }

        Map<String, Library> libs = new LinkedHashMap<>();
        build(libraries, librariesReader::library).forEach((lib, e) -> libs.put(lib.id(), lib));
        Map<ServerPolicy, RulesEntry> policyEntries = build(servers, e -> serversReader.server(e, libs));
        List<ServerPolicy> policies = new ArrayList<>(policyEntries.keySet());
        Map<ClientBehaviour, RulesEntry> behaviourEntries = build(clients, e -> clientsReader.client(e, libs));
        List<ClientBehaviour> behaviours = new ArrayList<>(behaviourEntries.keySet());
        List<JavaBuilderSpec> specs = new ArrayList<>(build(builders, e -> javaBuildersReader.builder(e, libs)).keySet());
        List<ConfigDialect> configDialects =
            new ArrayList<>(build(dialects, e -> configDialectsReader.dialect(e, libs)).keySet());
        List<DeclaredServer> declared =
            new ArrayList<>(build(declarations, e -> declarationsReader.declaration(e, policies)).keySet());
        java.util.Set<String> dialectIds = new java.util.HashSet<>();
        configDialects.forEach(d -> dialectIds.add(d.id()));
        InfraRules infra = infraReader.build(dialectIds, libs.keySet());
        checkNoOverlap(policies, ServerPolicy::library, ServerPolicy::versions, ServerPolicy::id, policyEntries, "servers");
        checkNoOverlap(behaviours, ClientBehaviour::library, ClientBehaviour::versions, ClientBehaviour::id,
            behaviourEntries, "clients");
        String firstFile = sources.isEmpty() ? "rules" : sources.get(0).name;
        if (defaultServer == null) {
            problems.add(firstFile, "'defaultServer' is missing (the library whose policy a gRPC channel meets by default)");
        } else if (!ServersReader.hasPolicyFor(policies, defaultServer)) {
            problems.add(defaultServerAt.path(), defaultServerAt.line(), "defaultServer '" + defaultServer
                + "' has no entry in 'servers'");
        }
        librariesReader.checkMeets(libraries.values(), libs, policies);
        if (!problems.isEmpty()) {
            throw new RulesFileException(problems.inFileOrder(names(sources)));
        }
        String fingerprint = Sha256.hex(digest.digest(), 32);
        return new RuleBook(rulesVersion == null ? "unversioned" : rulesVersion, fingerprint, defaultServer,
            libs, policies, behaviours, specs, configDialects, declared, infra);
    }

    /**
     * Builds the value of every entry (in order), keeping the entry each came from for later problems; entries
     * with problems build to null and are left out.
     */
    private static <T> Map<T, RulesEntry> build(Map<String, RulesEntry> entries, Function<RulesEntry, T> builder) {
        Map<T, RulesEntry> out = new LinkedHashMap<>();
        for (RulesEntry e : entries.values()) {
            T value = builder.apply(e);
            if (value != null) {
                out.put(value, e);
            }
        }
        return out;
    }

    private MappingNode parse(RulesSource source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(source.content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(source.name, "not UTF-8 text");
            return null;
        }
        Node root;
        try {
            root = SafeYaml.readOne(new StringReader(text));
        } catch (SafeYaml.YamlProblem e) {
            problems.add(source.name, e.line(), e.getMessage());
            return null;
        }
        if (root == null) {
            problems.add(source.name, "the file is empty");
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problem(source.name, root, "a rules file is a mapping with keys such as 'servers' and 'clients'");
            return null;
        }
        return (MappingNode) root;
    }

    /** The entries listed under {@code section.list} (java.builders, config.dialects), when the section is there. */
    private void collectSection(Fields top, String section, Set<String> knownKeys, String list,
                                Map<String, RulesEntry> into) {
        Node node = top.node(section);
        if (node == null) {
            return;
        }
        if (!(node instanceof MappingNode)) {
            problem(top.file, node, "'" + section + "' must be a mapping with '" + list + "'");
            return;
        }
        Fields fields = new Fields((MappingNode) node, top.file, problems);
        fields.knownKeys(knownKeys);
        collect(fields, list, into);
    }

    /** Adds the entries of list section {@code key}, replacing entries with the same id. */
    private void collect(Fields parent, String key, Map<String, RulesEntry> into) {
        Node n = parent.node(key);
        if (n == null) {
            return;
        }
        if (!(n instanceof SequenceNode)) {
            problem(parent.file, n, "'" + key + "' must be a list of entries");
            return;
        }
        Set<String> idsInThisFile = new java.util.HashSet<>();
        for (Node item : ((SequenceNode) n).getValue()) {
            if (!(item instanceof MappingNode)) {
                problem(parent.file, item, "each entry of '" + key + "' must be a mapping with an 'id'");
                continue;
            }
            Fields f = new Fields((MappingNode) item, parent.file, problems);
            String id = f.text("id", true);
            if (id == null) {
                continue;
            }
            if (!idsInThisFile.add(id)) {
                problem(parent.file, item, "id '" + id + "' appears twice in '" + key + "'");
                continue;
            }
            into.put(id, new RulesEntry(id, f));
        }
    }

    private <T> void checkNoOverlap(List<T> entries, Function<T, String> library, Function<T, String> versions,
                                    Function<T, String> id,
                                    Map<T, RulesEntry> where, String section) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                T a = entries.get(i);
                T b = entries.get(j);
                if (library.apply(a).equals(library.apply(b))
                    && VersionRange.parse(versions.apply(a)).overlaps(VersionRange.parse(versions.apply(b)))) {
                    RulesEntry eb = where.get(b);
                    problem(eb.file, eb.node, section + " entry '" + id.apply(b) + "' (" + versions.apply(b)
                        + ") overlaps '" + id.apply(a) + "' (" + versions.apply(a) + ") for library '"
                        + library.apply(a) + "'; one version must select one entry");
                }
            }
        }
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }

    private static List<String> names(List<RulesSource> sources) {
        List<String> names = new ArrayList<>();
        sources.forEach(s -> names.add(s.name));
        return names;
    }
}
