package dev.keepalivelint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code infra} section of the rules files. Entries of {@code products}, {@code flagSets} and
 * {@code charts} are merged by id (a later file replaces an entry with the same id); a later {@code etcd} mapping
 * replaces the earlier one. Every problem is reported with its file and line.
 */
final class InfraRulesReader {
    private static final Set<String> SECTION_KEYS = Set.of("products", "flagSets", "charts", "etcd", "servers");
    private static final Set<String> SERVER_KEYS = Set.of("id", "library", "images", "port", "source");
    private static final Set<String> PRODUCT_KEYS = Set.of("id", "name", "dialect", "default", "libraries", "images",
        "commands", "flags", "markers", "roots", "source");
    private static final Set<String> FLAGSET_KEYS = Set.of("id", "configFile", "prefixes", "kvstore", "flags",
        "booleans", "source");
    private static final Set<String> PREFIX_KEYS = Set.of("flag", "store", "path");
    private static final Set<String> CHART_KEYS = Set.of("id", "product", "names", "shape", "embedded", "extraArgs",
        "env", "flags", "tls", "version", "source");
    private static final Set<String> EMBEDDED_KEYS = Set.of("path", "form", "at");
    private static final Set<String> ETCD_KEYS = Set.of("library", "sharedTlsLibrary", "images", "commands", "env",
        "minTime", "zeroOrLessMeans", "listen", "split", "splitVersions", "advertise", "configFile", "port", "kubeadm",
        "dnsSuffixes", "source");

    private final RulesProblems problems;
    private final Map<String, Item> products = new LinkedHashMap<>();
    private final Map<String, Item> flagSets = new LinkedHashMap<>();
    private final Map<String, Item> charts = new LinkedHashMap<>();
    private final Map<String, Item> servers = new LinkedHashMap<>();
    private String etcdFile;
    private MappingNode etcd;

    InfraRulesReader(RulesProblems problems) {
        this.problems = problems;
    }

    /** Takes one rules file's {@code infra} node (null when the file has none). */
    void add(String file, Node infra) {
        if (infra == null) {
            return;
        }
        if (!(infra instanceof MappingNode)) {
            problem(file, infra, "'infra' must be a mapping with products, flagSets, charts and etcd");
            return;
        }
        Map<String, Node> f = fields((MappingNode) infra, file, SECTION_KEYS);
        list(file, f.get("products"), "products", products);
        list(file, f.get("flagSets"), "flagSets", flagSets);
        list(file, f.get("charts"), "charts", charts);
        list(file, f.get("servers"), "servers", servers);
        Node e = f.get("etcd");
        if (e instanceof MappingNode) {
            etcd = (MappingNode) e;
            etcdFile = file;
        } else if (e != null) {
            problem(file, e, "'etcd' must be a mapping");
        }
    }

    /** The merged rules, checked against the dialects and libraries they name. */
    InfraRules build(Set<String> dialects, Set<String> libraries) {
        List<InfraRules.Product> ps = new ArrayList<>();
        Map<InfraRules.Product, Item> productItems = new LinkedHashMap<>();
        for (Item n : products.values()) {
            InfraRules.Product p = product(n.file, n.node, dialects, libraries);
            if (p != null) {
                ps.add(p);
                productItems.put(p, n);
            }
        }
        List<InfraRules.FlagSet> fs = new ArrayList<>();
        for (Item n : flagSets.values()) {
            InfraRules.FlagSet s = flagSet(n.file, n.node);
            if (s != null) {
                fs.add(s);
            }
        }
        Set<String> productIds = new TreeSet<>();
        ps.forEach(p -> productIds.add(p.id()));
        productIds.add("etcd");
        List<InfraRules.Chart> cs = new ArrayList<>();
        for (Item n : charts.values()) {
            InfraRules.Chart c = chart(n.file, n.node, productIds);
            if (c != null) {
                cs.add(c);
            }
        }
        for (InfraRules.Product p : ps) {
            if (p.flags() != null && fs.stream().noneMatch(s -> s.id().equals(p.flags()))) {
                Item n = productItems.get(p);
                problem(n.file, n.node, "infra: product '" + p.id() + "' names flag set '" + p.flags()
                    + "', which is not defined");
            }
        }
        List<InfraRules.ImageServer> ss = new ArrayList<>();
        for (Item n : servers.values()) {
            InfraRules.ImageServer s = imageServer(n.file, n.node, libraries);
            if (s != null) {
                ss.add(s);
            }
        }
        return new InfraRules(ps, fs, cs, etcd == null ? null : etcd(etcdFile, etcd, libraries), ss);
    }

    /** An entry and the file it comes from. */
    private static final class Item {
        final String file;
        final MappingNode node;

        Item(String file, MappingNode node) {
            this.file = file;
            this.node = node;
        }
    }

    private void list(String file, Node n, String key, Map<String, Item> into) {
        if (n == null) {
            return;
        }
        if (!(n instanceof SequenceNode)) {
            problem(file, n, "'" + key + "' must be a list of entries");
            return;
        }
        for (Node item : ((SequenceNode) n).getValue()) {
            String id = item instanceof MappingNode ? scalar(value((MappingNode) item, "id")) : null;
            if (id == null) {
                problem(file, item, "each entry of '" + key + "' must be a mapping with an 'id'");
                continue;
            }
            into.put(id, new Item(file, (MappingNode) item));
        }
    }

    private InfraRules.Product product(String file, MappingNode n, Set<String> dialects, Set<String> libraries) {
        Map<String, Node> f = fields(n, file, PRODUCT_KEYS);
        String id = scalar(f.get("id"));
        String dialect = required(file, n, f, "dialect");
        if (dialect != null && !dialects.contains(dialect)) {
            problem(file, f.get("dialect"), "dialect '" + dialect + "' is not defined in config.dialects");
            dialect = null;
        }
        List<String> libs = texts(file, f.get("libraries"));
        for (String l : libs) {
            if (!libraries.contains(l)) {
                problem(file, f.get("libraries"), "library '" + l + "' is not defined in 'libraries'");
            }
        }
        source(file, n, f);
        if (dialect == null) {
            return null;
        }
        String name = scalar(f.get("name"));
        return new InfraRules.Product(id, name == null ? id : name, dialect, "true".equals(scalar(f.get("default"))),
            libs, texts(file, f.get("images")), texts(file, f.get("commands")), scalar(f.get("flags")),
            texts(file, f.get("markers")), texts(file, f.get("roots")));
    }

    private InfraRules.FlagSet flagSet(String file, MappingNode n) {
        Map<String, Node> f = fields(n, file, FLAGSET_KEYS);
        List<InfraRules.RingPrefix> prefixes = new ArrayList<>();
        Node pn = f.get("prefixes");
        if (pn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) pn).getValue()) {
                if (!(item instanceof MappingNode)) {
                    problem(file, item, "a ring prefix is a mapping {flag, path}");
                    continue;
                }
                Map<String, Node> pf = fields((MappingNode) item, file, PREFIX_KEYS);
                String flag = scalar(pf.get("flag"));
                String path = required(file, item, pf, "path");
                if (flag == null) {
                    problem(file, item, "'flag' is missing (use \"\" for flags without a prefix)");
                } else if (path != null) {
                    prefixes.add(new InfraRules.RingPrefix(flag, scalar(pf.get("store")), path));
                }
            }
        } else if (pn != null) {
            problem(file, pn, "'prefixes' must be a list");
        }
        source(file, n, f);
        return new InfraRules.FlagSet(scalar(f.get("id")), scalar(f.get("configFile")), prefixes,
            map(file, f.get("kvstore")), map(file, f.get("flags")), texts(file, f.get("booleans")));
    }

    private InfraRules.Chart chart(String file, MappingNode n, Set<String> productIds) {
        Map<String, Node> f = fields(n, file, CHART_KEYS);
        String product = required(file, n, f, "product");
        if (product != null && !productIds.contains(product)) {
            problem(file, f.get("product"), "product '" + product + "' is not one of " + productIds);
            product = null;
        }
        List<String> all = new ArrayList<>();
        List<String> any = new ArrayList<>();
        Node shape = f.get("shape");
        if (shape instanceof MappingNode) {
            Map<String, Node> sf = fields((MappingNode) shape, file, Set.of("all", "any"));
            all = texts(file, sf.get("all"));
            any = texts(file, sf.get("any"));
        } else if (shape != null) {
            problem(file, shape, "'shape' must be a mapping {all: [...], any: [...]}");
        }
        List<InfraRules.Embedded> embedded = new ArrayList<>();
        Node en = f.get("embedded");
        if (en instanceof SequenceNode) {
            for (Node item : ((SequenceNode) en).getValue()) {
                if (!(item instanceof MappingNode)) {
                    problem(file, item, "an embedded entry is a mapping {path, form}");
                    continue;
                }
                Map<String, Node> ef = fields((MappingNode) item, file, EMBEDDED_KEYS);
                String path = required(file, item, ef, "path");
                String form = required(file, item, ef, "form");
                if (form != null && !form.equals("map") && !form.equals("template")) {
                    problem(file, ef.get("form"), "form '" + form + "' must be map or template");
                    form = null;
                }
                if (path != null && form != null) {
                    embedded.add(new InfraRules.Embedded(path, form, scalar(ef.get("at"))));
                }
            }
        } else if (en != null) {
            problem(file, en, "'embedded' must be a list");
        }
        source(file, n, f);
        if (product == null) {
            return null;
        }
        return new InfraRules.Chart(scalar(f.get("id")), product, texts(file, f.get("names")), all, any, embedded,
            "true".equals(scalar(f.get("extraArgs"))), texts(file, f.get("env")), texts(file, f.get("flags")),
            scalar(f.get("tls")), texts(file, f.get("version")));
    }

    private InfraRules.ImageServer imageServer(String file, MappingNode n, Set<String> libraries) {
        Map<String, Node> f = fields(n, file, SERVER_KEYS);
        String library = required(file, n, f, "library");
        if (library != null && !libraries.contains(library)) {
            problem(file, f.get("library"), "library '" + library + "' is not defined in 'libraries'");
            library = null;
        }
        List<String> images = texts(file, f.get("images"));
        if (images.isEmpty()) {
            problem(file, f.getOrDefault("images", n), "'images' is missing: a server is known here by its images");
        }
        Integer port = null;
        String portText = required(file, n, f, "port");
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException ex) {
                problem(file, f.get("port"), "'port' must be a number");
            }
        }
        source(file, n, f);
        if (library == null || images.isEmpty() || port == null) {
            return null;
        }
        return new InfraRules.ImageServer(scalar(f.get("id")), library, images, port);
    }

    private InfraRules.Etcd etcd(String file, MappingNode n, Set<String> libraries) {
        Map<String, Node> f = fields(n, file, ETCD_KEYS);
        String library = required(file, n, f, "library");
        String shared = required(file, n, f, "sharedTlsLibrary");
        for (String key : new String[] {"library", "sharedTlsLibrary"}) {
            String l = scalar(f.get(key));
            if (l != null && !libraries.contains(l)) {
                problem(file, f.get(key), "library '" + l + "' is not defined in 'libraries'");
            }
        }
        String zero = scalar(f.get("zeroOrLessMeans"));
        if (zero != null && dev.keepalivelint.model.Durations.parseSimple(zero) == null) {
            problem(file, f.get("zeroOrLessMeans"), "'zeroOrLessMeans' must be a duration such as 5m");
        }
        List<String> splitVersions = texts(file, f.get("splitVersions"));
        for (String v : splitVersions) {
            try {
                VersionRange.parse(v);
            } catch (IllegalArgumentException ex) {
                problem(file, f.get("splitVersions"), "splitVersions: " + ex.getMessage());
            }
        }
        int port = 2379;
        String portText = scalar(f.get("port"));
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException ex) {
                problem(file, f.get("port"), "'port' must be a number");
            }
        }
        source(file, n, f);
        if (library == null || shared == null) {
            return null;
        }
        return new InfraRules.Etcd(library, shared, texts(file, f.get("images")), texts(file, f.get("commands")),
            scalar(f.get("env")), scalar(f.get("minTime")), zero, scalar(f.get("listen")), scalar(f.get("split")),
            splitVersions, scalar(f.get("advertise")), scalar(f.get("configFile")), port, map(file, f.get("kubeadm")),
            texts(file, f.get("dnsSuffixes")));
    }

    // ---- small helpers -----------------------------------------------------------------------------------

    private Map<String, Node> fields(MappingNode n, String file, Set<String> known) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : n.getValue()) {
            String k = scalar(t.getKeyNode());
            if (k == null || !known.contains(k)) {
                problem(file, t.getKeyNode(), "unknown key '" + k + "'; expected one of " + new TreeSet<>(known));
            } else {
                out.put(k, t.getValueNode());
            }
        }
        return out;
    }

    private String required(String file, Node at, Map<String, Node> f, String key) {
        String v = scalar(f.get(key));
        if (v == null || v.trim().isEmpty()) {
            problem(file, f.getOrDefault(key, at), "'" + key + "' is missing");
            return null;
        }
        return v.trim();
    }

    private void source(String file, Node at, Map<String, Node> f) {
        Node s = f.get("source");
        if (!(s instanceof MappingNode)) {
            problem(file, s == null ? at : s, "'source' is missing: every fact needs {project, file, version}");
            return;
        }
        Map<String, Node> sf = fields((MappingNode) s, file, Set.of("project", "file", "version", "note"));
        for (String k : new String[] {"project", "file", "version"}) {
            required(file, s, sf, k);
        }
    }

    private List<String> texts(String file, Node n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof SequenceNode)) {
            problem(file, n, "must be a list");
            return out;
        }
        for (Node item : ((SequenceNode) n).getValue()) {
            String s = scalar(item);
            if (s == null) {
                problem(file, item, "each item must be a text");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private Map<String, String> map(String file, Node n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof MappingNode)) {
            problem(file, n, "must be a mapping of text to text");
            return out;
        }
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            String k = scalar(t.getKeyNode());
            String v = scalar(t.getValueNode());
            if (k == null || v == null) {
                problem(file, t.getKeyNode(), "must map text to text");
            } else {
                out.put(k, v);
            }
        }
        return out;
    }

    private static Node value(MappingNode n, String key) {
        for (NodeTuple t : n.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
