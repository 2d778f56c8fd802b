package dev.keepalivelint.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules file says about infrastructure files (section {@code infra}): the products that run in
 * containers (Cortex, Mimir, Loki), how their flags map onto their YAML, the Helm charts whose values hold their
 * configuration, and how etcd servers are configured. Data only; the infra scanner reads files with it.
 */
public final class InfraRules {
    /** No infra rules at all (a rules book without the section). */
    public static final InfraRules NONE = new InfraRules(List.of(), List.of(), List.of(), null, List.of());

    private final List<Product> products;
    private final List<FlagSet> flagSets;
    private final List<Chart> charts;
    private final Etcd etcd;
    private final List<ImageServer> servers;

    public InfraRules(List<Product> products, List<FlagSet> flagSets, List<Chart> charts, Etcd etcd,
                      List<ImageServer> servers) {
        this.servers = List.copyOf(servers);
        this.products = List.copyOf(products);
        this.flagSets = List.copyOf(flagSets);
        this.charts = List.copyOf(charts);
        this.etcd = etcd;
    }

    public List<Product> products() {
        return products;
    }

    public List<FlagSet> flagSets() {
        return flagSets;
    }

    public List<Chart> charts() {
        return charts;
    }

    /** Null when the rules say nothing about etcd servers. */
    public Etcd etcd() {
        return etcd;
    }

    /** Servers known by their image alone (section {@code servers}). */
    public List<ImageServer> servers() {
        return servers;
    }

    public Product product(String id) {
        for (Product p : products) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    public FlagSet flagSet(String id) {
        for (FlagSet f : flagSets) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    /** The product whose dialect is {@code dialectId}, or null. */
    public Product productOfDialect(String dialectId) {
        for (Product p : products) {
            if (p.dialect.equals(dialectId)) {
                return p;
            }
        }
        return null;
    }

    /** A product that runs in containers: Cortex, Mimir, Loki. */
    public static final class Product {
        private final String id;
        private final String name;
        private final String dialect;
        private final boolean isDefault;
        private final List<String> libraries;
        private final List<String> images;
        private final List<String> commands;
        private final String flags;
        private final List<String> markers;
        private final List<String> roots;

        public Product(String id, String name, String dialect, boolean isDefault, List<String> libraries,
                       List<String> images, List<String> commands, String flags, List<String> markers,
                       List<String> roots) {
            this.roots = List.copyOf(roots);
            this.id = id;
            this.name = name;
            this.dialect = dialect;
            this.isDefault = isDefault;
            this.libraries = List.copyOf(libraries);
            this.images = List.copyOf(images);
            this.commands = List.copyOf(commands);
            this.flags = flags;
            this.markers = List.copyOf(markers);
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        /** The configuration dialect its YAML is read with. */
        public String dialect() {
            return dialect;
        }

        /** The product assumed for a file whose content does not tell. */
        public boolean isDefault() {
            return isDefault;
        }

        /** Libraries (client libraries and server implementations) whose version is the product's version. */
        public List<String> libraries() {
            return libraries;
        }

        /** Image repositories ("cortexproject/cortex"), matched at the end of the image name before the tag. */
        public List<String> images() {
            return images;
        }

        /** Binary names a container command may start with. */
        public List<String> commands() {
            return commands;
        }

        /** Id of the product's flag set; may be null. */
        public String flags() {
            return flags;
        }

        /** Top-level keys of the product's configuration. */
        public List<String> roots() {
            return roots;
        }

        /** Dotted key paths only this product's configuration files have. */
        public List<String> markers() {
            return markers;
        }
    }

    /** One ring prefix: the flag prefix ("distributor.ring."), the store flag when it is not prefix + store, the kvstore path. */
    public static final class RingPrefix {
        private final String flag;
        private final String store;
        private final String path;

        public RingPrefix(String flag, String store, String path) {
            this.flag = flag;
            this.store = store;
            this.path = path;
        }

        public String flag() {
            return flag;
        }

        /** The store flag when it is not the prefix + "store"; null otherwise. */
        public String store() {
            return store;
        }

        /** The store flag's full name ("ring.store" for the empty prefix). */
        public String storeFlag() {
            return store != null ? store : flag + "store";
        }

        public String path() {
            return path;
        }
    }

    /** How a product's command-line flags map onto its YAML keys. */
    public static final class FlagSet {
        private final String id;
        private final String configFile;
        private final List<RingPrefix> prefixes;
        private final Map<String, String> kvstore;
        private final Map<String, String> flags;
        private final List<String> booleans;

        public FlagSet(String id, String configFile, List<RingPrefix> prefixes, Map<String, String> kvstore,
                       Map<String, String> flags, List<String> booleans) {
            this.id = id;
            this.configFile = configFile;
            this.prefixes = List.copyOf(prefixes);
            this.kvstore = new LinkedHashMap<>(kvstore);
            this.flags = new LinkedHashMap<>(flags);
            this.booleans = List.copyOf(booleans);
        }

        public String id() {
            return id;
        }

        /** The flag naming the YAML configuration file ("config.file"). */
        public String configFile() {
            return configFile;
        }

        public List<RingPrefix> prefixes() {
            return prefixes;
        }

        /** Flag names below a ring prefix, each with the YAML key below the kvstore path. */
        public Map<String, String> kvstore() {
            return java.util.Collections.unmodifiableMap(kvstore);
        }

        /** Flags with a fixed YAML path. */
        public Map<String, String> flags() {
            return java.util.Collections.unmodifiableMap(flags);
        }

        /** Flag names (or their ends after a ring prefix) that are booleans: "-x value" never gives them a value. */
        public List<String> booleans() {
            return booleans;
        }
    }

    /** A place in chart values where product configuration lives. */
    public static final class Embedded {
        private final String path;
        private final String form;
        private final String at;

        public Embedded(String path, String form, String at) {
            this.path = path;
            this.form = form;
            this.at = at;
        }

        /** Dotted path in the values file. */
        public String path() {
            return path;
        }

        /** "map" (the product's YAML as a mapping) or "template" (a string of YAML with Helm template actions). */
        public String form() {
            return form;
        }

        /** Where the content is mounted in the product's configuration (null: at its root). */
        public String at() {
            return at;
        }
    }

    /** A Helm chart whose values hold product configuration, flags or etcd settings. */
    public static final class Chart {
        private final String id;
        private final String product;
        private final List<String> names;
        private final List<String> shapeAll;
        private final List<String> shapeAny;
        private final List<Embedded> embedded;
        private final boolean extraArgs;
        private final List<String> env;
        private final List<String> flags;
        private final String tls;
        private final List<String> version;

        public Chart(String id, String product, List<String> names, List<String> shapeAll, List<String> shapeAny,
                     List<Embedded> embedded, boolean extraArgs, List<String> env, List<String> flags, String tls,
                     List<String> version) {
            this.id = id;
            this.product = product;
            this.names = List.copyOf(names);
            this.shapeAll = List.copyOf(shapeAll);
            this.shapeAny = List.copyOf(shapeAny);
            this.embedded = List.copyOf(embedded);
            this.extraArgs = extraArgs;
            this.env = List.copyOf(env);
            this.flags = List.copyOf(flags);
            this.tls = tls;
            this.version = List.copyOf(version);
        }

        public String id() {
            return id;
        }

        /** A product id, or "etcd". */
        public String product() {
            return product;
        }

        /** Chart names, as in Chart.yaml name or a dependency's name. */
        public List<String> names() {
            return names;
        }

        /** Value paths that must all be present for a values file to be this chart's without a Chart.yaml. */
        public List<String> shapeAll() {
            return shapeAll;
        }

        /** Value paths of which one must be present (when the list is not empty). */
        public List<String> shapeAny() {
            return shapeAny;
        }

        public List<Embedded> embedded() {
            return embedded;
        }

        /** Whether {@code <component>.extraArgs} (a map of flag to value, or a list of flags) is read. */
        public boolean extraArgs() {
            return extraArgs;
        }

        /** Paths of {name, value} lists of environment variables (etcd). */
        public List<String> env() {
            return env;
        }

        /** Paths of flag lists (etcd). */
        public List<String> flags() {
            return flags;
        }

        /** Path of the boolean that turns client TLS on (etcd); may be null. */
        public String tls() {
            return tls;
        }

        /** Paths where the image tag (the product version) is, first found wins. */
        public List<String> version() {
            return version;
        }
    }

    /** How etcd servers are configured in manifests and charts, and how clients name them. */
    public static final class Etcd {
        private final String library;
        private final String sharedTlsLibrary;
        private final List<String> images;
        private final List<String> commands;
        private final String env;
        private final String minTime;
        private final String zeroOrLessMeans;
        private final String listen;
        private final String split;
        private final List<String> splitVersions;
        private final String advertise;
        private final String configFile;
        private final int port;
        private final Map<String, String> kubeadm;
        private final List<String> dnsSuffixes;

        public Etcd(String library, String sharedTlsLibrary, List<String> images, List<String> commands, String env,
                    String minTime, String zeroOrLessMeans, String listen, String split, List<String> splitVersions,
                    String advertise, String configFile, int port, Map<String, String> kubeadm,
                    List<String> dnsSuffixes) {
            this.library = library;
            this.sharedTlsLibrary = sharedTlsLibrary;
            this.images = List.copyOf(images);
            this.commands = List.copyOf(commands);
            this.env = env;
            this.minTime = minTime;
            this.zeroOrLessMeans = zeroOrLessMeans;
            this.listen = listen;
            this.split = split;
            this.splitVersions = List.copyOf(splitVersions);
            this.advertise = advertise;
            this.configFile = configFile;
            this.port = port;
            this.kubeadm = new LinkedHashMap<>(kubeadm);
            this.dnsSuffixes = List.copyOf(dnsSuffixes);
        }

        /** The server implementation of an etcd whose policy is enforced. */
        public String library() {
            return library;
        }

        /** The server implementation of an etcd serving client TLS on the shared listener (not enforced). */
        public String sharedTlsLibrary() {
            return sharedTlsLibrary;
        }

        public List<String> images() {
            return images;
        }

        public List<String> commands() {
            return commands;
        }

        /** The environment variable prefix ("ETCD_"): ETCD_ + the flag in upper snake case. */
        public String env() {
            return env;
        }

        /** The flag of the permitted ping interval (grpc-keepalive-min-time). */
        public String minTime() {
            return minTime;
        }

        /** The interval a min-time of zero or less means (no policy: grpc-go's default). */
        public String zeroOrLessMeans() {
            return zeroOrLessMeans;
        }

        public String listen() {
            return listen;
        }

        /** The flag that gives gRPC its own client listener. */
        public String split() {
            return split;
        }

        /** Versions that have the split flag. */
        public List<String> splitVersions() {
            return splitVersions;
        }

        public String advertise() {
            return advertise;
        }

        public String configFile() {
            return configFile;
        }

        /** The client port when nothing says otherwise. */
        public int port() {
            return port;
        }

        /** kubeadm ClusterConfiguration: kind, extraArgs path, version path. */
        public Map<String, String> kubeadm() {
            return java.util.Collections.unmodifiableMap(kubeadm);
        }

        /** Kubernetes DNS suffixes removed before a client's host is compared with a Service name. */
        public List<String> dnsSuffixes() {
            return dnsSuffixes;
        }
    }

    /** A server a container is known by its image alone: its library, images and the port it listens on. */
    public static final class ImageServer {
        private final String id;
        private final String library;
        private final List<String> images;
        private final int port;

        public ImageServer(String id, String library, List<String> images, int port) {
            this.id = id;
            this.library = library;
            this.images = List.copyOf(images);
            this.port = port;
        }

        public String id() {
            return id;
        }

        /** The library in {@code servers} whose policy a container of these images enforces, by its tag's version. */
        public String library() {
            return library;
        }

        /** Image repositories, without tag ("temporalio/auto-setup"); a registry in front still matches. */
        public List<String> images() {
            return images;
        }

        public int port() {
            return port;
        }
    }
}
