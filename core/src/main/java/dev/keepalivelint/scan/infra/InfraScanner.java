package dev.keepalivelint.scan.infra;

import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.rules.InfraRules;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.SuppressionComments;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.scan.TokenFilter;
import dev.keepalivelint.scan.config.ConfigDocument;
import dev.keepalivelint.scan.config.ConfigEntry;
import dev.keepalivelint.scan.config.ConfigScanner;
import dev.keepalivelint.scan.config.ProductDetector;
import dev.keepalivelint.scan.config.YamlEntries;
import dev.keepalivelint.yaml.SafeYaml;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads infrastructure files: Kubernetes manifests, docker-compose files and Helm values of the charts the rules
 * name. Containers running Cortex, Mimir or Loki become configuration documents of their product (the
 * -config.file they load when it is in the repository, then their flags, which override it), at the version of
 * their image tag; Helm values become the documents their chart renders; etcd servers, and servers the rules know
 * by their image alone (Temporal), become server observations with the names clients reach them by. The files it claims are not read again as plain
 * configuration, so an unrelated YAML with a kvstore key is not taken for Helm values, and Helm values are not
 * read as a Cortex file.
 */
public final class InfraScanner {
    private final InfraRules infra;
    private final TextFiles reader;
    private final ProductDetector detector;
    private final TokenFilter filter;
    private final EtcdServers etcd;
    private final ImageServers images;

    /** What the infrastructure files gave. */
    public static final class Result {
        private final List<ConfigDocument> documents = new ArrayList<>();
        private final Set<String> claimed = new LinkedHashSet<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<Diagnostic> problems = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private int parsed;

        /** Product configuration documents, each in its application (container, chart values). */
        public List<ConfigDocument> documents() {
            return documents;
        }

        /** Display paths of the files read here, which the plain configuration scan must leave alone. */
        public Set<String> claimed() {
            return claimed;
        }

        /** etcd servers and servers known by their image. */
        public List<Observation> observations() {
            return observations;
        }

        public List<Diagnostic> problems() {
            return problems;
        }

        public List<Suppression> suppressions() {
            return suppressions;
        }

        public int parsed() {
            return parsed;
        }
    }

    public InfraScanner(RuleBook rules, TextFiles reader, ProductDetector detector) {
        this.infra = rules.infra();
        this.reader = reader;
        this.detector = detector;
        this.images = new ImageServers(infra.servers());
        Set<String> tokens = new LinkedHashSet<>(List.of("etcd", "kvstore", "grpc_server_", "grpc.keepalive"));
        tokens.addAll(images.images());
        this.filter = new TokenFilter(tokens);
        this.etcd = infra.etcd() == null ? null : new EtcdServers(infra.etcd());
    }

    /** One parsed YAML file. */
    private static final class Parsed {
        final ConfigScanner.ConfigFile file;
        final String text;
        final List<Node> docs;

        Parsed(ConfigScanner.ConfigFile file, String text, List<Node> docs) {
            this.file = file;
            this.text = text;
            this.docs = docs;
        }
    }

    /** A ConfigMap entry holding a configuration file. */
    private static final class Embedded {
        final String file;
        final String key;
        final String namespace;
        final ScalarNode value;
        final String text;
        boolean used;

        Embedded(String file, String key, String namespace, ScalarNode value, String text) {
            this.file = file;
            this.key = key;
            this.namespace = namespace;
            this.value = value;
            this.text = text;
        }
    }

    public Result scan(List<ConfigScanner.ConfigFile> files) {
        Result out = new Result();
        if (infra.products().isEmpty() && etcd == null && infra.servers().isEmpty()) {
            return out;
        }
        List<Workloads.Container> containers = new ArrayList<>();
        List<Workloads.Service> services = new ArrayList<>();
        List<Embedded> configMaps = new ArrayList<>();
        Map<String, ConfigScanner.ConfigFile> byName = new HashMap<>();
        for (ConfigScanner.ConfigFile f : files) {
            byName.putIfAbsent(f.path().getFileName().toString(), f);
        }
        for (ConfigScanner.ConfigFile f : files) {
            String name = f.path().getFileName().toString();
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                continue;
            }
            if (isChartTemplate(f.path())) {
                // Helm templates are not YAML until rendered: reading them would only report parse errors
                out.claimed.add(f.displayPath());
                continue;
            }
            Parsed p = parse(f);
            if (p == null) {
                continue;
            }
            boolean manifest = false;
            for (Node doc : p.docs) {
                if (Workloads.isManifest(doc)) {
                    manifest = true;
                    containers.addAll(Workloads.ofManifest(doc, f.displayPath()));
                    Workloads.Service s = Workloads.service(doc);
                    if (s != null) {
                        services.add(s);
                    }
                    configMaps.addAll(configMap(doc, f.displayPath()));
                    if (etcd != null) {
                        etcd.kubeadm(doc, f.displayPath(), out.observations);
                    }
                } else if (Workloads.isCompose(doc)) {
                    manifest = true;
                    containers.addAll(Workloads.ofCompose(doc, f.displayPath()));
                }
            }
            boolean helm = !manifest && helmValues(p, out);
            if (manifest || helm) {
                out.claimed.add(f.displayPath());
                out.parsed++;
                out.suppressions.addAll(SuppressionComments.inConfig(f.displayPath(), p.text));
            }
        }
        for (Workloads.Container c : containers) {
            InfraRules.Product product = productOf(c);
            InfraRules.ImageServer server = images.of(c);
            if (product != null) {
                container(c, product, configMaps, byName, out);
            } else if (etcd != null && etcd.isEtcd(c)) {
                out.observations.add(etcd.fromContainer(c, services));
            } else if (server != null) {
                out.observations.add(images.fromContainer(server, c, services));
            }
        }
        for (Embedded e : configMaps) {
            if (!e.used) {
                List<ConfigDocument> docs = embeddedDocs(e.file, e.value, e.text, null, null, e.file + "#" + e.key, out);
                out.documents.addAll(docs);
            }
        }
        return out;
    }

    /** A file under a chart's templates/ directory (next to its Chart.yaml). */
    private static boolean isChartTemplate(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (Path d = dir; d != null && d.getParent() != null; d = d.getParent()) {
            if (d.getFileName().toString().equals("templates")) {
                return Files.isRegularFile(d.getParent().resolve("Chart.yaml"));
            }
        }
        return false;
    }

    private Parsed parse(ConfigScanner.ConfigFile f) {
        TextFiles.Bytes bytes = reader.readBytes(f.path(), f.displayPath());
        if (bytes.problem() != null || filter.scan(bytes.content()) != TokenFilter.Verdict.MATCH) {
            return null;
        }
        String text = new String(bytes.content(), StandardCharsets.UTF_8);
        try {
            return new Parsed(f, text, SafeYaml.readAll(new StringReader(text)));
        } catch (SafeYaml.YamlProblem | RuntimeException e) {
            return null;
        }
    }

    // ---- products in containers -------------------------------------------------------------------------

    private InfraRules.Product productOf(Workloads.Container c) {
        String command = c.command.isEmpty() ? null : c.command.get(0).text;
        String binary = command == null ? null : command.substring(command.lastIndexOf('/') + 1);
        for (InfraRules.Product p : infra.products()) {
            if (!c.image.isEmpty() && Images.matches(c.image, p.images())
                || binary != null && p.commands().contains(binary)) {
                return p;
            }
        }
        return null;
    }

    private void container(Workloads.Container c, InfraRules.Product product, List<Embedded> configMaps,
                           Map<String, ConfigScanner.ConfigFile> byName, Result out) {
        InfraRules.FlagSet set = product.flags() == null ? null : infra.flagSet(product.flags());
        if (set == null) {
            return;
        }
        ProductFlags flags = new ProductFlags(set);
        List<GoFlags.Flag> parsed = GoFlags.parse(c.commandLine(), flags.booleans());
        String version = c.image.isEmpty() ? null : Images.version(c.image);
        String app = c.file + "#" + c.describe();
        String configFile = flags.configFile(parsed);
        if (configFile != null) {
            String base = configFile.substring(configFile.lastIndexOf('/') + 1);
            Embedded cm = configMapNamed(configMaps, base, c);
            if (cm != null) {
                cm.used = true;
                out.documents.addAll(embeddedDocs(cm.file, cm.value, cm.text, product.id(), version, app, out));
            } else if (byName.containsKey(base)) {
                ConfigScanner.ConfigFile f = byName.get(base);
                TextFiles.Bytes bytes = reader.readBytes(f.path(), f.displayPath());
                if (bytes.problem() == null) {
                    for (ConfigDocument d : YamlEntries.read(f.path(), f.displayPath(), bytes.content(), out.problems)) {
                        out.documents.add(d.as(product.id(), version, app));
                    }
                    out.claimed.add(f.displayPath());
                    out.suppressions.addAll(SuppressionComments.inConfig(f.displayPath(),
                        new String(bytes.content(), StandardCharsets.ISO_8859_1)));
                }
            }
        }
        List<ConfigEntry> entries = flags.entries(parsed);
        if (!entries.isEmpty()) {
            out.documents.add(new ConfigDocument(Path.of(c.file), c.file, 1000, false, null, entries, product.id(),
                version, app, flags.spellings()));
        }
    }

    private static Embedded configMapNamed(List<Embedded> configMaps, String name, Workloads.Container c) {
        Embedded best = null;
        for (Embedded e : configMaps) {
            if (e.key.equals(name) && (e.namespace == null || c.namespace == null || e.namespace.equals(c.namespace))) {
                if (best == null || e.file.equals(c.file)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private List<Embedded> configMap(Node doc, String file) {
        List<Embedded> out = new ArrayList<>();
        if (!"ConfigMap".equals(Nodes.text(doc, "kind"))) {
            return out;
        }
        for (NodeTuple t : Nodes.tuples(Nodes.at(doc, "data"))) {
            String key = Nodes.scalar(t.getKeyNode());
            Node v = t.getValueNode();
            if (key != null && (key.endsWith(".yaml") || key.endsWith(".yml")) && v instanceof ScalarNode) {
                String text = ((ScalarNode) v).getValue();
                if (text.contains("kvstore") || text.contains("grpc_server_")) {
                    out.add(new Embedded(file, key, Nodes.text(doc, "metadata.namespace"), (ScalarNode) v, text));
                }
            }
        }
        return out;
    }

    /**
     * The documents of a YAML text held in a string (a ConfigMap entry, a templated chart value), with lines
     * counted from where the string starts in the file. Text that does not parse is left out silently: it may be
     * a template that only renders into YAML.
     */
    private List<ConfigDocument> embeddedDocs(String file, ScalarNode value, String text, String product,
                                              String version, String app, Result out) {
        List<ConfigDocument> docs = new ArrayList<>();
        String readable = TemplateText.readable(text);
        List<Node> roots;
        try {
            roots = SafeYaml.readAll(new StringReader(readable));
        } catch (SafeYaml.YamlProblem | RuntimeException e) {
            return docs;
        }
        DumperOptions.ScalarStyle style = value.getScalarStyle();
        int offset = SafeYaml.line(value) - (style == DumperOptions.ScalarStyle.LITERAL
            || style == DumperOptions.ScalarStyle.FOLDED ? 0 : 1);
        int index = 0;
        for (Node root : roots) {
            if (root instanceof MappingNode) {
                List<ConfigEntry> entries = YamlEntries.of((MappingNode) root, List.of(), file, offset);
                String p = product != null ? product : detector.detect(file, text, entries);
                docs.add(new ConfigDocument(Path.of(file), file, index++, true, null, entries, p, version, app,
                    Map.of()));
            }
        }
        return docs;
    }

    // ---- Helm values ------------------------------------------------------------------------------------

    /** Reads the file as Helm values of a chart the rules know; false when it is not one. */
    private boolean helmValues(Parsed p, Result out) {
        String fileName = p.file.path().getFileName().toString();
        if (fileName.startsWith("Chart.") || p.docs.size() != 1 || !(p.docs.get(0) instanceof MappingNode)) {
            return false;
        }
        MappingNode values = (MappingNode) p.docs.get(0);
        Map<String, InfraRules.Chart> byKey = new LinkedHashMap<>();
        InfraRules.Chart own = null;
        ChartFile chart = ChartFile.near(p.file.path());
        if (chart != null) {
            for (InfraRules.Chart c : infra.charts()) {
                if (c.names().contains(chart.name)) {
                    own = c;
                }
                for (Map.Entry<String, String> dep : chart.dependencies.entrySet()) {
                    if (c.names().contains(dep.getValue())) {
                        byKey.put(dep.getKey(), c);
                    }
                }
            }
        }
        // the shape decides only without a Chart.yaml: a chart of another name (Grafana Enterprise Metrics has
        // Cortex's config: shape) is not one of these charts
        if (own == null && byKey.isEmpty() && chart == null) {
            for (InfraRules.Chart c : infra.charts()) {
                if (hasShape(values, c)) {
                    own = c;
                    break;
                }
            }
        }
        boolean any = false;
        if (own != null) {
            chartValues(own, values, p, chart == null ? null : chart.appVersion, out);
            any = true;
        }
        for (Map.Entry<String, InfraRules.Chart> e : byKey.entrySet()) {
            MappingNode sub = Nodes.map(Nodes.child(values, e.getKey()));
            if (sub != null) {
                chartValues(e.getValue(), sub, p, null, out);
                any = true;
            }
        }
        return any;
    }

    private static boolean hasShape(MappingNode values, InfraRules.Chart c) {
        if (c.shapeAll().isEmpty() && c.shapeAny().isEmpty()) {
            return false;
        }
        for (String path : c.shapeAll()) {
            if (Nodes.at(values, path) == null) {
                return false;
            }
        }
        if (c.shapeAny().isEmpty()) {
            return true;
        }
        for (String path : c.shapeAny()) {
            if (Nodes.at(values, path) != null) {
                return true;
            }
        }
        return false;
    }

    private void chartValues(InfraRules.Chart chart, MappingNode values, Parsed p, String appVersion, Result out) {
        String file = p.file.displayPath();
        String version = null;
        for (String path : chart.version()) {
            String tag = Nodes.text(values, path);
            if (tag != null && !tag.trim().isEmpty()) {
                version = Images.versionOfTag(tag.trim());
                break;
            }
        }
        if (version == null && appVersion != null) {
            version = Images.versionOfTag(appVersion);
        }
        if (chart.product().equals("etcd")) {
            if (etcd != null) {
                out.observations.add(etcd.fromChart(chart, values, file, version));
            }
            return;
        }
        String app = file + "#" + chart.id();
        List<ConfigDocument> config = new ArrayList<>();
        for (InfraRules.Embedded e : chart.embedded()) {
            Node n = Nodes.at(values, e.path());
            List<String> prefix = e.at() == null ? List.of() : List.of(e.at().split("\\."));
            if (e.form().equals("map") && n instanceof MappingNode) {
                List<ConfigEntry> entries = YamlEntries.of((MappingNode) n, prefix, file, 0);
                config.add(new ConfigDocument(p.file.path(), file, config.size(), true, null, entries, chart.product(),
                    version, app, Map.of()));
            } else if (e.form().equals("template") && n instanceof ScalarNode) {
                config.addAll(embeddedDocs(file, (ScalarNode) n, ((ScalarNode) n).getValue(), chart.product(), version,
                    app, out));
            }
        }
        out.documents.addAll(config);
        if (!chart.extraArgs()) {
            return;
        }
        InfraRules.Product product = infra.product(chart.product());
        InfraRules.FlagSet set = product == null || product.flags() == null ? null : infra.flagSet(product.flags());
        if (set == null) {
            return;
        }
        ProductFlags flags = new ProductFlags(set);
        for (NodeTuple t : values.getValue()) {
            Node extra = Nodes.at(t.getValueNode(), "extraArgs");
            if (extra == null) {
                continue;
            }
            List<GoFlags.Flag> parsed = new ArrayList<>();
            for (NodeTuple a : Nodes.tuples(extra)) {
                String name = Nodes.scalar(a.getKeyNode());
                String value = Nodes.scalar(a.getValueNode());
                if (name != null) {
                    parsed.add(new GoFlags.Flag(name.replaceFirst("^-+", ""), value, Workloads.location(file, a.getKeyNode())));
                }
            }
            List<GoFlags.Arg> list = new ArrayList<>();
            for (Node a : Nodes.scalars(extra)) {
                list.add(new GoFlags.Arg(Nodes.scalar(a), Workloads.location(file, a)));
            }
            parsed.addAll(GoFlags.parse(list, flags.booleans()));
            List<ConfigEntry> entries = flags.entries(parsed);
            if (entries.isEmpty()) {
                continue;
            }
            String component = app + "/" + Nodes.scalar(t.getKeyNode());
            for (ConfigDocument d : config) {
                out.documents.add(d.as(chart.product(), version, component));
            }
            out.documents.add(new ConfigDocument(p.file.path(), file, 1000, false, null, entries, chart.product(), version,
                component, flags.spellings()));
        }
    }

    /** The Chart.yaml next to a values file: the chart's name, app version, and its dependencies by values key. */
    static final class ChartFile {
        String name;
        String appVersion;
        /** values key (alias or name) to chart name. */
        final Map<String, String> dependencies = new LinkedHashMap<>();

        static ChartFile near(Path values) {
            Path dir = values.toAbsolutePath().getParent();
            for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
                Path chart = dir.resolve("Chart.yaml");
                if (Files.isRegularFile(chart)) {
                    try {
                        if (Files.size(chart) > 1024 * 1024) {
                            return null;
                        }
                        Node root = SafeYaml.readOne(new StringReader(Files.readString(chart)));
                        ChartFile c = new ChartFile();
                        c.name = Nodes.text(root, "name");
                        c.appVersion = Nodes.text(root, "appVersion");
                        for (Node d : Nodes.items(Nodes.at(root, "dependencies"))) {
                            String n = Nodes.text(d, "name");
                            String alias = Nodes.text(d, "alias");
                            if (n != null) {
                                c.dependencies.put(alias != null ? alias : n, n);
                            }
                        }
                        return c;
                    } catch (java.io.IOException | SafeYaml.YamlProblem | RuntimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    static Location at(String file, Node n) {
        return Workloads.location(file, n);
    }
}
