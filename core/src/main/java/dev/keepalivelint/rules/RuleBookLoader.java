package dev.keepalivelint.rules;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Sha256;
import dev.keepalivelint.model.Source;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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
    private static final Set<String> DECLARATION_KEYS = Set.of("id", "targets", "implementation", "version",
        "permitKeepAliveTime", "permitKeepAliveWithoutCalls", "default", "source");
    private static final Set<String> CONFIG_KEYS = Set.of("dialects");
    private static final Set<String> DIALECT_KEYS = Set.of("id", "name", "binding", "durations", "files", "triggers",
        "blocks", "requires", "source", "boundBy");
    private static final Set<String> BOUND_BY_KEYS = Set.of("library", "versions");
    private static final Set<String> BLOCK_KEYS = Set.of("path", "role", "library", "when", "inherit", "requiresKey",
        "keys", "companion", "defaults", "orWhen", "note", "notEnforcedWhen");
    private static final Set<String> NOT_ENFORCED_KEYS = Set.of("matches", "absent", "why");
    private static final Set<String> CONFIG_KEY_KEYS = Set.of("setting", "unit", "ignored", "notApplied", "versions",
        "otherwise", "rejected");
    private static final Set<String> NOT_APPLIED_KEYS = Set.of("library", "versions", "values", "why", "fix");
    private static final Set<String> SOURCE_KEYS = Set.of("project", "file", "version", "note");
    private static final Set<String> LIBRARY_KEYS = Set.of("id", "name", "artifacts", "meets", "meetsOnLoopback", "meetsOverTls", "targetTypes",
        "source");
    private static final Set<String> SERVER_KEYS = Set.of("id", "library", "name", "versions", "enforces",
        "permitKeepAliveTime", "permitKeepAliveWithoutCalls", "idleAllowance", "strikes", "idlePingsConfigurable", "source",
        "caveat", "caveatWhenScheme", "zeroPermitMeans", "maxPermitKeepAliveTime");
    private static final Set<String> CLIENT_KEYS = Set.of("id", "library", "name", "versions", "defaults",
        "minimumKeepAliveTime", "offAtOrAbove", "source", "caveat", "caveatWhenIdlePings");
    private static final Set<String> CLIENT_DEFAULT_KEYS = Set.of("keepAliveTime", "keepAliveWithoutCalls", "keepAliveTimeout",
        "keepAliveEnabled");
    private static final Set<String> JAVA_KEYS = Set.of("builders");
    private static final Set<String> BUILDER_KEYS = Set.of("id", "role", "library", "factories", "types", "setters", "source",
        "configuredBy", "note");
    private static final Set<String> FACTORY_KEYS = Set.of("call", "args");
    private static final Set<String> FACTORY_ARGS = Set.of("target", "host", "port", "address");
    private static final Set<String> SETTER_KEYS = Set.of("method", "setting", "value");

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

    /** An entry of a list section with the file and line it was defined at. */
    private static final class Entry {
        final String id;
        final MappingNode node;
        final String file;

        Entry(String id, MappingNode node, String file) {
            this.id = id;
            this.node = node;
            this.file = file;
        }
    }

    private final List<String> problems = new ArrayList<>();

    private RuleBookLoader() {
    }

    /** Loads and merges the sources in order; later entries replace earlier ones with the same id. */
    public static RuleBook load(List<RulesSource> sources) throws RulesFileException {
        return new RuleBookLoader().loadAll(sources);
    }

    private RuleBook loadAll(List<RulesSource> sources) throws RulesFileException {
        Map<String, Entry> libraries = new LinkedHashMap<>();
        Map<String, Entry> servers = new LinkedHashMap<>();
        Map<String, Entry> clients = new LinkedHashMap<>();
        Map<String, Entry> builders = new LinkedHashMap<>();
        Map<String, Entry> dialects = new LinkedHashMap<>();
        Map<String, Entry> declarations = new LinkedHashMap<>();
        String rulesVersion = null;
        String defaultServer = null;
        Location defaultServerAt = null;
        MessageDigest digest = Sha256.digest();
        InfraRulesReader infraReader = new InfraRulesReader(problems);
        for (RulesSource source : sources) {
            digest.update(source.name.getBytes(StandardCharsets.UTF_8));
            digest.update(source.content);
            MappingNode root = parse(source);
            if (root == null) {
                continue;
            }
            Fields top = new Fields(root, source.name);
            top.knownKeys(TOP_KEYS);
            Node schema = top.node("schema");
            if (schema != null && !"1".equals(scalar(schema))) {
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
            throw new RulesFileException(problems);
        }

        Map<String, Library> libs = new LinkedHashMap<>();
        build(libraries, this::library).forEach((lib, e) -> libs.put(lib.id(), lib));
        Map<ServerPolicy, Entry> policyEntries = build(servers, e -> server(e, libs));
        List<ServerPolicy> policies = new ArrayList<>(policyEntries.keySet());
        Map<ClientBehaviour, Entry> behaviourEntries = build(clients, e -> client(e, libs));
        List<ClientBehaviour> behaviours = new ArrayList<>(behaviourEntries.keySet());
        List<JavaBuilderSpec> specs = new ArrayList<>(build(builders, e -> builder(e, libs)).keySet());
        List<ConfigDialect> configDialects = new ArrayList<>(build(dialects, e -> dialect(e, libs)).keySet());
        List<DeclaredServer> declared = new ArrayList<>(build(declarations, e -> declaration(e, policies)).keySet());
        java.util.Set<String> dialectIds = new java.util.HashSet<>();
        configDialects.forEach(d -> dialectIds.add(d.id()));
        InfraRules infra = infraReader.build(dialectIds, libs.keySet());
        checkNoOverlap(policies, ServerPolicy::library, ServerPolicy::versions, ServerPolicy::id, policyEntries, "servers");
        checkNoOverlap(behaviours, ClientBehaviour::library, ClientBehaviour::versions, ClientBehaviour::id,
            behaviourEntries, "clients");
        String firstFile = sources.isEmpty() ? "rules" : sources.get(0).name;
        if (defaultServer == null) {
            problems.add(firstFile + ": 'defaultServer' is missing (the library whose policy a gRPC channel meets by default)");
        } else if (!hasPolicyFor(policies, defaultServer)) {
            problems.add(defaultServerAt.path() + ":" + defaultServerAt.line() + ": defaultServer '" + defaultServer
                + "' has no entry in 'servers'");
        }
        for (Entry e : libraries.values()) {
            Library lib = libs.get(e.id);
            if (lib != null && lib.meets() != null && !lib.meets().equals("default")
                && !hasPolicyFor(policies, lib.meets())) {
                problem(e.file, new Fields(e.node, e.file).node("meets"), "meets '" + lib.meets()
                    + "' has no entry in 'servers' (use 'default' for the default gRPC server)");
            }
            if (lib != null && lib.meetsOnLoopback() != null && !lib.meetsOnLoopback().equals("default")
                && !hasPolicyFor(policies, lib.meetsOnLoopback())) {
                problem(e.file, new Fields(e.node, e.file).node("meetsOnLoopback"), "meetsOnLoopback '"
                    + lib.meetsOnLoopback() + "' has no entry in 'servers' (use 'default' for the default gRPC server)");
            }
            if (lib != null && lib.meetsOverTls() != null && !hasPolicyFor(policies, lib.meetsOverTls())) {
                problem(e.file, new Fields(e.node, e.file).node("meetsOverTls"), "meetsOverTls '"
                    + lib.meetsOverTls() + "' has no entry in 'servers' (a library with a server entry, such as "
                    + "etcd-shared-tls-listener)");
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesFileException(problems);
        }
        String fingerprint = Sha256.hex(digest.digest(), 32);
        return new RuleBook(rulesVersion == null ? "unversioned" : rulesVersion, fingerprint, defaultServer,
            libs, policies, behaviours, specs, configDialects, declared, infra);
    }

    /**
     * Builds the value of every entry (in order), keeping the entry each came from for later problems; entries
     * with problems build to null and are left out.
     */
    private static <T> Map<T, Entry> build(Map<String, Entry> entries, Function<Entry, T> builder) {
        Map<T, Entry> out = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            T value = builder.apply(e);
            if (value != null) {
                out.put(value, e);
            }
        }
        return out;
    }

    private static boolean hasPolicyFor(List<ServerPolicy> policies, String library) {
        for (ServerPolicy p : policies) {
            if (p.library().equals(library)) {
                return true;
            }
        }
        return false;
    }

    private MappingNode parse(RulesSource source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(source.content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(source.name + ": not UTF-8 text");
            return null;
        }
        Node root;
        try {
            root = SafeYaml.readOne(new StringReader(text));
        } catch (SafeYaml.YamlProblem e) {
            problems.add(source.name + ":" + e.line() + ": " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.add(source.name + ": the file is empty");
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problem(source.name, root, "a rules file is a mapping with keys such as 'servers' and 'clients'");
            return null;
        }
        return (MappingNode) root;
    }

    /** Adds the entries of list section {@code key}, replacing entries with the same id. */
    /** The entries listed under {@code section.list} (java.builders, config.dialects), when the section is there. */
    private void collectSection(Fields top, String section, Set<String> knownKeys, String list,
                                Map<String, Entry> into) {
        Node node = top.node(section);
        if (node == null) {
            return;
        }
        if (!(node instanceof MappingNode)) {
            problem(top.file, node, "'" + section + "' must be a mapping with '" + list + "'");
            return;
        }
        Fields fields = new Fields((MappingNode) node, top.file);
        fields.knownKeys(knownKeys);
        collect(fields, list, into);
    }

    private void collect(Fields parent, String key, Map<String, Entry> into) {
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
            Fields f = new Fields((MappingNode) item, parent.file);
            String id = f.text("id", true);
            if (id == null) {
                continue;
            }
            if (!idsInThisFile.add(id)) {
                problem(parent.file, item, "id '" + id + "' appears twice in '" + key + "'");
                continue;
            }
            into.put(id, new Entry(id, (MappingNode) item, parent.file));
        }
    }

    private Library library(Entry e) {
        Fields f = new Fields(e.node, e.file);
        f.knownKeys(LIBRARY_KEYS);
        String name = f.text("name", true);
        List<String> artifacts = f.textList("artifacts");
        for (String a : artifacts) {
            if (a.split(":").length != 2) {
                problem(e.file, f.node("artifacts"), "artifact '" + a + "' must be written groupId:artifactId");
            }
        }
        Source source = source(f);
        if (name == null || source == null) {
            return null;
        }
        String meets = f.text("meets", false);
        List<String> targetTypes = f.textList("targetTypes");
        if (!targetTypes.isEmpty() && (meets == null || meets.equals("default"))) {
            problem(e.file, f.node("targetTypes"), "targetTypes need 'meets': the server a channel reading its target "
                + "from them talks to");
        }
        String overTls = f.text("meetsOverTls", false);
        if (overTls != null && meets == null) {
            problem(e.file, f.node("meetsOverTls"), "meetsOverTls needs 'meets': it replaces the server a client of this "
                + "library meets by its kind");
        }
        return new Library(e.id, name, artifacts, meets, source, f.text("meetsOnLoopback", false), targetTypes, overTls);
    }

    private ServerPolicy server(Entry e, Map<String, Library> libs) {
        Fields f = new Fields(e.node, e.file);
        f.knownKeys(SERVER_KEYS);
        String library = libraryRef(f, libs);
        String versions = range(f);
        Source source = source(f);
        String name = f.text("name", false);
        Boolean enforces = f.bool("enforces", false);
        boolean enforcing = enforces == null || enforces;
        Duration permit = f.duration("permitKeepAliveTime", enforcing);
        String caveat = f.text("caveat", false);
        // "unknown" is allowed only with a caveat that says why: the idle-ping check then stays silent.
        boolean idleUnknown = "unknown".equals(scalar(f.node("permitKeepAliveWithoutCalls")));
        if (idleUnknown && caveat == null) {
            problem(e.file, f.node("permitKeepAliveWithoutCalls"), "permitKeepAliveWithoutCalls: unknown needs a 'caveat' saying why");
        }
        Boolean withoutCalls = idleUnknown ? null : f.bool("permitKeepAliveWithoutCalls", enforcing);
        Duration idle = f.duration("idleAllowance", enforcing);
        Integer strikes = f.integer("strikes", enforcing);
        Boolean configurable = f.bool("idlePingsConfigurable", false);
        Duration zeroMeans = f.duration("zeroPermitMeans", false);
        Duration cap = f.duration("maxPermitKeepAliveTime", false);
        if (library == null || versions == null || source == null || enforcing
            && (permit == null || withoutCalls == null && !idleUnknown || idle == null || strikes == null)) {
            return null;
        }
        Boolean permitsIdle = idleUnknown ? null : Boolean.valueOf(withoutCalls != null && withoutCalls);
        return new ServerPolicy(e.id, library, name == null ? libs.get(library).name() + " server" : name, versions,
            enforcing, permit, permitsIdle, idle, strikes == null ? 0 : strikes,
            configurable == null || configurable, source, new Location(e.file, SafeYaml.line(e.node), 0))
            .withFacts(caveat, f.text("caveatWhenScheme", false), zeroMeans, cap);
    }

    private ClientBehaviour client(Entry e, Map<String, Library> libs) {
        Fields f = new Fields(e.node, e.file);
        f.knownKeys(CLIENT_KEYS);
        String library = libraryRef(f, libs);
        String versions = range(f);
        Source source = source(f);
        String name = f.text("name", false);
        Node defaultsNode = f.node("defaults");
        Duration time = null;
        Boolean withoutCalls = null;
        Duration timeout = null;
        Boolean enabled = null;
        boolean defaultsOk = false;
        if (defaultsNode == null) {
            problem(e.file, e.node, "'defaults' is missing (keepAliveTime, keepAliveWithoutCalls, keepAliveTimeout)");
        } else if (!(defaultsNode instanceof MappingNode)) {
            problem(e.file, defaultsNode, "'defaults' must be a mapping");
        } else {
            Fields d = new Fields((MappingNode) defaultsNode, e.file);
            d.knownKeys(CLIENT_DEFAULT_KEYS);
            int before = problems.size();
            time = d.durationOrOff("keepAliveTime");
            withoutCalls = d.bool("keepAliveWithoutCalls", true);
            timeout = d.duration("keepAliveTimeout", false);
            enabled = d.bool("keepAliveEnabled", false);
            defaultsOk = problems.size() == before && withoutCalls != null;
        }
        Duration minimum = f.duration("minimumKeepAliveTime", false);
        Duration offAt = f.duration("offAtOrAbove", false);
        if (library == null || versions == null || source == null || !defaultsOk) {
            return null;
        }
        return new ClientBehaviour(e.id, library, name == null ? libs.get(library).name() + " client" : name, versions,
            time, withoutCalls, timeout, minimum, offAt, enabled == null || enabled, source)
            .withCaveat(f.text("caveat", false), f.bool("caveatWhenIdlePings", false));
    }

    private JavaBuilderSpec builder(Entry e, Map<String, Library> libs) {
        Fields f = new Fields(e.node, e.file);
        f.knownKeys(BUILDER_KEYS);
        String library = libraryRef(f, libs);
        Source source = source(f);
        String roleText = f.text("role", true);
        Role role = null;
        if (roleText != null) {
            try {
                role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(e.file, f.node("role"), "role '" + roleText + "' must be client, server or inert");
            }
        }
        List<JavaBuilderSpec.Factory> factories = new ArrayList<>();
        Node fn = f.node("factories");
        if (fn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) fn).getValue()) {
                JavaBuilderSpec.Factory factory = factory(item, e.file);
                if (factory != null) {
                    factories.add(factory);
                }
            }
        } else if (fn != null) {
            problem(e.file, fn, "'factories' must be a list");
        }
        List<String> types = f.textList("types");
        Map<String, JavaBuilderSpec.Setter> setters = new LinkedHashMap<>();
        Node sn = f.node("setters");
        if (sn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) sn).getValue()) {
                JavaBuilderSpec.Setter setter = setter(item, e.file);
                if (setter != null) {
                    setters.put(setter.method(), setter);
                }
            }
        } else if (sn != null) {
            problem(e.file, sn, "'setters' must be a list");
        }
        if (factories.isEmpty() && types.isEmpty()) {
            problem(e.file, e.node, "a builder needs 'factories' or 'types' to be recognised");
        }
        if (library == null || source == null || role == null) {
            return null;
        }
        return new JavaBuilderSpec(e.id, role, library, factories, types, setters, source)
            .configuredBy(f.textList("configuredBy")).withNote(f.text("note", false));
    }

    private DeclaredServer declaration(Entry e, List<ServerPolicy> policies) {
        Fields f = new Fields(e.node, e.file);
        f.knownKeys(DECLARATION_KEYS);
        String implementation = f.text("implementation", true);
        if (implementation != null && !hasPolicyFor(policies, implementation)) {
            problem(e.file, f.node("implementation"), "implementation '" + implementation
                + "' has no entry in 'servers' (grpc-java, grpc-go, grpc-core, etcd, or one a rules file defines)");
            implementation = null;
        }
        List<String> targets = f.textList("targets");
        Boolean isDefault = f.bool("default", false);
        if (targets.isEmpty() && !Boolean.TRUE.equals(isDefault)) {
            problem(e.file, e.node, "a declared server needs 'targets', or 'default: true' to replace the default policy");
        }
        Duration permit = f.duration("permitKeepAliveTime", false);
        Boolean withoutCalls = f.bool("permitKeepAliveWithoutCalls", false);
        String version = f.text("version", false);
        if (f.node("source") != null) {
            source(f);
        }
        if (implementation == null) {
            return null;
        }
        return new DeclaredServer(e.id, targets, implementation, version, permit, withoutCalls,
            Boolean.TRUE.equals(isDefault), e.file + ":" + SafeYaml.line(e.node));
    }

    private ConfigDialect dialect(Entry e, Map<String, Library> libs) {
        Fields f = new Fields(e.node, e.file);
        f.knownKeys(DIALECT_KEYS);
        String name = f.text("name", true);
        Source source = source(f);
        String bindingText = f.text("binding", false);
        ConfigDialect.Binding binding = ConfigDialect.Binding.EXACT;
        if (bindingText != null) {
            try {
                binding = ConfigDialect.Binding.valueOf(bindingText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(e.file, f.node("binding"), "binding '" + bindingText + "' must be relaxed or exact");
            }
        }
        String durations = f.text("durations", true);
        if (durations != null && !ConfigDialect.DURATION_SYNTAXES.contains(durations)) {
            problem(e.file, f.node("durations"), "durations '" + durations + "' must be one of "
                + new java.util.TreeSet<>(ConfigDialect.DURATION_SYNTAXES));
        }
        List<String> files = f.textList("files");
        List<String> triggers = f.textList("triggers");
        String requires = f.text("requires", false);
        if (requires != null && !libs.containsKey(requires)) {
            problem(e.file, f.node("requires"), "library '" + requires + "' is not defined in 'libraries'");
            requires = null;
        }
        if (triggers.isEmpty()) {
            problem(e.file, e.node, "'triggers' is missing: the tokens a file must contain for this dialect to apply");
        }
        List<ConfigBlock> blocks = new ArrayList<>();
        Node bn = f.node("blocks");
        if (bn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) bn).getValue()) {
                ConfigBlock b = block(item, e.file, libs);
                if (b != null) {
                    blocks.add(b);
                }
            }
        } else {
            problem(e.file, bn == null ? e.node : bn, "'blocks' must be a list of blocks");
        }
        String boundByLibrary = null;
        String boundByVersions = null;
        Node bb = f.node("boundBy");
        if (bb instanceof MappingNode) {
            Fields b = new Fields((MappingNode) bb, e.file);
            b.knownKeys(BOUND_BY_KEYS);
            boundByLibrary = b.text("library", true);
            boundByVersions = b.text("versions", true);
            if (boundByLibrary != null && !libs.containsKey(boundByLibrary)) {
                problem(e.file, b.node("library"), "boundBy library '" + boundByLibrary + "' is not in libraries");
                boundByLibrary = null;
            }
            if (boundByVersions != null) {
                try {
                    VersionRange.parse(boundByVersions);
                } catch (IllegalArgumentException ex) {
                    problem(e.file, b.node("versions"), "boundBy versions: " + ex.getMessage());
                    boundByVersions = null;
                }
            }
        } else if (bb != null) {
            problem(e.file, bb, "'boundBy' must be a mapping {library, versions}");
        }
        if (name == null || source == null || durations == null) {
            return null;
        }
        return new ConfigDialect(e.id, name, binding, durations, files, triggers, blocks, source, requires,
            boundByLibrary, boundByVersions);
    }

    private ConfigBlock block(Node item, String file, Map<String, Library> libs) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a block is a mapping {path, role, library, keys}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file);
        f.knownKeys(BLOCK_KEYS);
        String path = f.node("path") == null ? null : scalar(f.node("path"));
        if (path == null) {
            problem(file, item, "'path' is missing (use \"\" for the document root)");
        }
        String roleText = f.text("role", true);
        Role role = null;
        if (roleText != null) {
            try {
                role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(file, f.node("role"), "role '" + roleText + "' must be client or server");
            }
        }
        String library = libraryRef(f, libs);
        Map<String, String> when = plainMap(f, "when", file);
        Map<String, String> defaults = plainMap(f, "defaults", file);
        Boolean requiresKey = f.bool("requiresKey", false);
        List<ConfigKey> keys = new ArrayList<>();
        Node kn = f.node("keys");
        if (kn instanceof MappingNode) {
            for (NodeTuple t : ((MappingNode) kn).getValue()) {
                ConfigKey k = configKey(t, file);
                if (k != null) {
                    keys.add(k);
                }
            }
        } else {
            problem(file, kn == null ? item : kn, "'keys' must map each key to {setting, unit}");
        }
        if (path == null || role == null || library == null) {
            return null;
        }
        String companion = f.text("companion", false);
        if (companion != null && !libs.containsKey(companion)) {
            problem(file, f.node("companion"), "companion '" + companion + "' is not defined in 'libraries'");
        }
        for (String k : defaults.keySet()) {
            if (keys.stream().noneMatch(key -> key.key().equals(k))) {
                problem(file, f.node("defaults"), "default for '" + k + "', which is not one of the block's keys");
            }
        }
        List<Map<String, String>> orWhen = new ArrayList<>();
        Node ow = f.node("orWhen");
        if (ow instanceof SequenceNode) {
            for (Node alt : ((SequenceNode) ow).getValue()) {
                if (alt instanceof MappingNode) {
                    orWhen.add(plainMap(new Fields((MappingNode) alt, file), alt, file));
                } else {
                    problem(file, alt, "each item of 'orWhen' is a mapping of key: value");
                }
            }
        } else if (ow != null) {
            problem(file, ow, "'orWhen' must be a list of mappings of key: value");
        }
        ConfigBlock.NotEnforced notEnforced = null;
        Node ne = f.node("notEnforcedWhen");
        if (ne instanceof MappingNode) {
            Fields n = new Fields((MappingNode) ne, file);
            n.knownKeys(NOT_ENFORCED_KEYS);
            String why = n.text("why", true);
            Map<String, String> matches = plainMap(n, "matches", file);
            if (why != null) {
                notEnforced = new ConfigBlock.NotEnforced(matches, n.textList("absent"), why);
            }
        } else if (ne != null) {
            problem(file, ne, "'notEnforcedWhen' must be a mapping {matches, absent, why}");
        }
        return new ConfigBlock(path, role, library, when, f.text("inherit", false), keys,
            requiresKey == null || requiresKey, companion, defaults, orWhen, f.text("note", false), notEnforced);
    }

    /** A mapping node of plain keys to plain values (an item of orWhen). */
    private Map<String, String> plainMap(Fields f, Node n, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            String k = scalar(t.getKeyNode());
            String v = scalar(t.getValueNode());
            if (k == null || v == null) {
                problem(file, t.getKeyNode(), "'orWhen' maps keys to plain values");
            } else {
                out.put(k, v);
            }
        }
        return out;
    }

    /** A mapping of plain keys to plain values, or an empty map when the key is absent. */
    private Map<String, String> plainMap(Fields f, String key, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        Node n = f.node(key);
        if (n instanceof MappingNode) {
            for (NodeTuple t : ((MappingNode) n).getValue()) {
                String k = scalar(t.getKeyNode());
                String v = scalar(t.getValueNode());
                if (k == null || v == null) {
                    problem(file, t.getKeyNode(), "'" + key + "' maps keys to plain values");
                } else {
                    out.put(k, v);
                }
            }
        } else if (n != null) {
            problem(file, n, "'" + key + "' must be a mapping of key: value");
        }
        return out;
    }

    private ConfigKey configKey(NodeTuple t, String file) {
        String key = scalar(t.getKeyNode());
        if (key == null || !(t.getValueNode() instanceof MappingNode)) {
            problem(file, t.getKeyNode(), "each key maps to {setting: ..., unit: ...}");
            return null;
        }
        Fields f = new Fields((MappingNode) t.getValueNode(), file);
        f.knownKeys(CONFIG_KEY_KEYS);
        String settingText = f.text("setting", true);
        SettingKind setting = settingText == null ? null : SettingKind.byId(settingText);
        if (settingText != null && setting == null) {
            problem(file, f.node("setting"), "setting '" + settingText + "' is not one of " + settingIds());
        }
        String unitText = f.text("unit", false);
        java.time.temporal.ChronoUnit unit = null;
        if (unitText != null) {
            unit = unitOf(unitText);
            if (unit == null) {
                problem(file, f.node("unit"), "unit '" + unitText + "' must be one of ns, us, ms, s, m, h, d");
            }
        }
        List<ConfigKey.NotApplied> notApplied = new ArrayList<>();
        Node na = f.node("notApplied");
        if (na instanceof SequenceNode) {
            for (Node item : ((SequenceNode) na).getValue()) {
                ConfigKey.NotApplied c = notApplied(item, file);
                if (c != null) {
                    notApplied.add(c);
                }
            }
        } else if (na != null) {
            problem(file, na, "'notApplied' must be a list of {versions, values, why}");
        }
        String versions = f.text("versions", false);
        if (versions != null) {
            try {
                VersionRange.parse(versions);
            } catch (IllegalArgumentException ex) {
                problem(file, f.node("versions"), "versions: " + ex.getMessage());
                versions = null;
            }
        }
        return setting == null ? null : new ConfigKey(key, setting, unit, f.text("ignored", false), notApplied,
            versions, f.text("otherwise", false), f.text("rejected", false));
    }

    /** One condition under which a written key does not take effect. */
    private ConfigKey.NotApplied notApplied(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a notApplied entry is a mapping {library, versions, values, why, fix}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file);
        f.knownKeys(NOT_APPLIED_KEYS);
        String versions = f.node("versions") == null ? null : range(f);
        String valuesText = f.text("values", false);
        ConfigKey.NotApplied.Values values = ConfigKey.NotApplied.Values.ANY;
        if (valuesText != null) {
            switch (valuesText) {
                case "any": values = ConfigKey.NotApplied.Values.ANY; break;
                case "bare-number": values = ConfigKey.NotApplied.Values.BARE_NUMBER; break;
                case "with-unit": values = ConfigKey.NotApplied.Values.WITH_UNIT; break;
                default:
                    problem(file, f.node("values"), "values '" + valuesText + "' must be any, bare-number or with-unit");
                    return null;
            }
        }
        String why = f.text("why", true);
        if (why == null || f.node("versions") != null && versions == null) {
            return null;
        }
        return new ConfigKey.NotApplied(f.text("library", false), versions, values, why, f.text("fix", false));
    }

    /** ChronoUnit for "ns", "us", "ms", "s", "m", "h", "d"; null otherwise. */
    static java.time.temporal.ChronoUnit unitOf(String text) {
        switch (text) {
            case "ns": return java.time.temporal.ChronoUnit.NANOS;
            case "us": return java.time.temporal.ChronoUnit.MICROS;
            case "ms": return java.time.temporal.ChronoUnit.MILLIS;
            case "s": return java.time.temporal.ChronoUnit.SECONDS;
            case "m": return java.time.temporal.ChronoUnit.MINUTES;
            case "h": return java.time.temporal.ChronoUnit.HOURS;
            case "d": return java.time.temporal.ChronoUnit.DAYS;
            default: return null;
        }
    }

    private JavaBuilderSpec.Factory factory(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a factory is a mapping {call: package.Class.method, args: [...]}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file);
        f.knownKeys(FACTORY_KEYS);
        String call = f.text("call", true);
        List<String> args = f.textList("args");
        for (String a : args) {
            if (!FACTORY_ARGS.contains(a)) {
                problem(file, f.node("args"), "factory argument '" + a + "' must be one of " + FACTORY_ARGS);
            }
        }
        if (call == null) {
            return null;
        }
        int dot = call.lastIndexOf('.');
        if (dot <= 0 || call.indexOf('.') == dot) {
            problem(file, f.node("call"), "call '" + call + "' must be written package.Class.method");
            return null;
        }
        return new JavaBuilderSpec.Factory(call.substring(0, dot), call.substring(dot + 1), args);
    }

    private JavaBuilderSpec.Setter setter(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a setter is a mapping {method: name, setting: keepAliveTime, value: duration-unit}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file);
        f.knownKeys(SETTER_KEYS);
        String method = f.text("method", true);
        String settingText = f.text("setting", true);
        String valueText = f.text("value", true);
        SettingKind setting = settingText == null ? null : SettingKind.byId(settingText);
        if (settingText != null && setting == null) {
            problem(file, f.node("setting"), "setting '" + settingText + "' is not one of " + settingIds());
        }
        ValueShape shape = valueText == null ? null : ValueShape.byId(valueText);
        if (valueText != null && shape == null) {
            List<String> shapes = new ArrayList<>();
            for (ValueShape s : ValueShape.values()) {
                shapes.add(s.id());
            }
            problem(file, f.node("value"), "value '" + valueText + "' is not one of " + shapes);
        }
        if (method == null || setting == null || shape == null) {
            return null;
        }
        return new JavaBuilderSpec.Setter(method, setting, shape);
    }

    private static List<String> settingIds() {
        List<String> ids = new ArrayList<>();
        for (SettingKind k : SettingKind.values()) {
            ids.add(k.id());
        }
        return ids;
    }

    private String libraryRef(Fields f, Map<String, Library> libs) {
        String library = f.text("library", true);
        if (library != null && !libs.containsKey(library)) {
            problem(f.file, f.node("library"), "library '" + library + "' is not defined in 'libraries'");
            return null;
        }
        return library;
    }

    private String range(Fields f) {
        String versions = f.text("versions", true);
        if (versions == null) {
            return null;
        }
        try {
            VersionRange.parse(versions);
            return versions;
        } catch (IllegalArgumentException ex) {
            problem(f.file, f.node("versions"), "versions: " + ex.getMessage());
            return null;
        }
    }

    private Source source(Fields f) {
        Node n = f.node("source");
        if (n == null) {
            problem(f.file, f.map, "'source' is missing: every fact needs {project, file, version}");
            return null;
        }
        if (!(n instanceof MappingNode)) {
            problem(f.file, n, "'source' must be a mapping {project, file, version}");
            return null;
        }
        Fields s = new Fields((MappingNode) n, f.file);
        s.knownKeys(SOURCE_KEYS);
        String project = s.text("project", true);
        String file = s.text("file", true);
        String version = s.text("version", true);
        if (project == null || file == null || version == null) {
            return null;
        }
        return new Source(project, file, version, s.text("note", false));
    }

    private <T> void checkNoOverlap(List<T> entries, Function<T, String> library, Function<T, String> versions,
                                    Function<T, String> id,
                                    Map<T, Entry> where, String section) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                T a = entries.get(i);
                T b = entries.get(j);
                if (library.apply(a).equals(library.apply(b))
                    && VersionRange.parse(versions.apply(a)).overlaps(VersionRange.parse(versions.apply(b)))) {
                    Entry eb = where.get(b);
                    problem(eb.file, eb.node, section + " entry '" + id.apply(b) + "' (" + versions.apply(b)
                        + ") overlaps '" + id.apply(a) + "' (" + versions.apply(a) + ") for library '"
                        + library.apply(a) + "'; one version must select one entry");
                }
            }
        }
    }

    private void problem(String file, Node node, String message) {
        problems.add(file + ":" + (node == null ? 0 : SafeYaml.line(node)) + ": " + message);
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
    }

    /** Typed access to the keys of one mapping, recording problems with their line. */
    private final class Fields {
        final MappingNode map;
        final String file;
        final Map<String, Node> values = new LinkedHashMap<>();

        Fields(MappingNode map, String file) {
            this.map = map;
            this.file = file;
            for (NodeTuple t : map.getValue()) {
                String k = scalar(t.getKeyNode());
                if (k == null) {
                    problem(file, t.getKeyNode(), "keys must be plain names");
                } else {
                    values.put(k, t.getValueNode());
                }
            }
        }

        void knownKeys(Set<String> known) {
            for (NodeTuple t : map.getValue()) {
                String k = scalar(t.getKeyNode());
                if (k != null && !known.contains(k)) {
                    problem(file, t.getKeyNode(), "unknown key '" + k + "'; expected one of " + new java.util.TreeSet<>(known));
                }
            }
        }

        Node node(String key) {
            return values.get(key);
        }

        String text(String key, boolean required) {
            Node n = values.get(key);
            if (n == null) {
                if (required) {
                    problem(file, map, "'" + key + "' is missing");
                }
                return null;
            }
            String s = scalar(n);
            if (s == null || s.trim().isEmpty()) {
                problem(file, n, "'" + key + "' must be a non-empty text");
                return null;
            }
            return s.trim();
        }

        List<String> textList(String key) {
            Node n = values.get(key);
            List<String> out = new ArrayList<>();
            if (n == null) {
                return out;
            }
            if (!(n instanceof SequenceNode)) {
                problem(file, n, "'" + key + "' must be a list");
                return out;
            }
            for (Node item : ((SequenceNode) n).getValue()) {
                String s = scalar(item);
                if (s == null || s.trim().isEmpty()) {
                    problem(file, item, "each item of '" + key + "' must be a non-empty text");
                } else {
                    out.add(s.trim());
                }
            }
            return out;
        }

        Boolean bool(String key, boolean required) {
            String s = text(key, required);
            if (s == null) {
                return null;
            }
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
            problem(file, values.get(key), "'" + key + "' must be true or false, not '" + s + "'");
            return null;
        }

        Integer integer(String key, boolean required) {
            String s = text(key, required);
            if (s == null) {
                return null;
            }
            try {
                int v = Integer.parseInt(s);
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(file, values.get(key), "'" + key + "' must be a whole number ≥ 0, not '" + s + "'");
            return null;
        }

        Duration duration(String key, boolean required) {
            String s = text(key, required);
            if (s == null) {
                return null;
            }
            Duration d = Durations.parseSimple(s);
            if (d == null) {
                problem(file, values.get(key), "'" + key + "' must be a duration such as 30s, 5m or 2h, not '" + s + "'");
            }
            return d;
        }

        /** A duration or "off" (null); a missing key is a problem. */
        Duration durationOrOff(String key) {
            String s = text(key, true);
            if (s == null || s.equals("off")) {
                return null;
            }
            Duration d = Durations.parseSimple(s);
            if (d == null) {
                problem(file, values.get(key), "'" + key + "' must be a duration such as 30s, or off, not '" + s + "'");
            }
            return d;
        }
    }
}
