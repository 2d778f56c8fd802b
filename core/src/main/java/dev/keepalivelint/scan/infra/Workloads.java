package dev.keepalivelint.scan.infra;

import dev.keepalivelint.model.Location;
import dev.keepalivelint.yaml.SafeYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The containers of Kubernetes workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod, Job, CronJob) and
 * of docker-compose services, with their image, command, arguments and environment, and the Services and
 * ConfigMaps of a manifest.
 */
final class Workloads {
    private static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    /** A container and what it runs with. */
    static final class Container {
        String file;
        String workload;
        String name;
        String namespace;
        String image = "";
        Location at;
        final List<GoFlags.Arg> command = new ArrayList<>();
        final List<GoFlags.Arg> args = new ArrayList<>();
        /** Environment variables with a literal value: name to {value, location}. */
        final Map<String, GoFlags.Arg> env = new LinkedHashMap<>();
        final Map<String, String> podLabels = new LinkedHashMap<>();
        /** StatefulSet serviceName, the workload's name: names the pods answer to. */
        final List<String> names = new ArrayList<>();

        /** The command followed by the arguments. */
        List<GoFlags.Arg> commandLine() {
            List<GoFlags.Arg> all = new ArrayList<>(command);
            all.addAll(args);
            return all;
        }

        String describe() {
            return workload + " container " + name;
        }
    }

    /** A Kubernetes Service: its name, namespace, selector and ports. */
    static final class Service {
        String name;
        String namespace;
        final Map<String, String> selector = new LinkedHashMap<>();
        final List<Integer> ports = new ArrayList<>();
    }

    private Workloads() {
    }

    /** True when the document is a Kubernetes object (apiVersion and kind). */
    static boolean isManifest(Node doc) {
        return Nodes.text(doc, "apiVersion") != null && Nodes.text(doc, "kind") != null;
    }

    /** True when the document is a docker-compose file (services with an image or a command). */
    static boolean isCompose(Node doc) {
        for (NodeTuple t : Nodes.tuples(Nodes.at(doc, "services"))) {
            if (Nodes.child(mapOrEmpty(t.getValueNode()), "image") != null
                || Nodes.child(mapOrEmpty(t.getValueNode()), "command") != null) {
                return true;
            }
        }
        return false;
    }

    private static MappingNode mapOrEmpty(Node n) {
        return n instanceof MappingNode ? (MappingNode) n : new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP,
            new ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO);
    }

    /** The containers of a Kubernetes workload document. */
    static List<Container> ofManifest(Node doc, String file) {
        List<Container> out = new ArrayList<>();
        String kind = Nodes.text(doc, "kind");
        String name = Nodes.text(doc, "metadata.name");
        String namespace = Nodes.text(doc, "metadata.namespace");
        Node template;
        if (TEMPLATED.contains(kind)) {
            template = Nodes.at(doc, "spec.template");
        } else if ("CronJob".equals(kind)) {
            template = Nodes.at(doc, "spec.jobTemplate.spec.template");
        } else if ("Pod".equals(kind)) {
            template = doc;
        } else {
            return out;
        }
        Node spec = Nodes.at(template, "spec");
        Map<String, String> labels = new LinkedHashMap<>();
        for (NodeTuple t : Nodes.tuples(Nodes.at(template, "metadata.labels"))) {
            labels.put(Nodes.scalar(t.getKeyNode()), Nodes.scalar(t.getValueNode()));
        }
        for (String list : new String[] {"containers", "initContainers"}) {
            for (Node c : Nodes.items(Nodes.at(spec, list))) {
                Container k = new Container();
                k.file = file;
                k.workload = kind + " " + name;
                k.namespace = namespace;
                k.name = Nodes.text(c, "name");
                k.podLabels.putAll(labels);
                if (name != null) {
                    k.names.add(name);
                }
                String serviceName = Nodes.text(doc, "spec.serviceName");
                if (serviceName != null) {
                    k.names.add(serviceName);
                }
                read(c, file, k);
                out.add(k);
            }
        }
        return out;
    }

    /** The containers of a docker-compose file: each service (its name is the host name others use). */
    static List<Container> ofCompose(Node doc, String file) {
        List<Container> out = new ArrayList<>();
        for (NodeTuple t : Nodes.tuples(Nodes.at(doc, "services"))) {
            Container k = new Container();
            k.file = file;
            k.name = Nodes.scalar(t.getKeyNode());
            k.workload = "compose service " + k.name;
            k.names.add(k.name);
            Node c = t.getValueNode();
            read(c, file, k);
            if (k.at == null) {
                k.at = location(file, t.getKeyNode());
            }
            Node env = Nodes.at(c, "environment");
            for (NodeTuple e : Nodes.tuples(env)) {
                k.env.put(Nodes.scalar(e.getKeyNode()), new GoFlags.Arg(String.valueOf(Nodes.scalar(e.getValueNode())),
                    location(file, e.getKeyNode())));
            }
            for (Node e : Nodes.scalars(env)) {
                String s = Nodes.scalar(e);
                int eq = s.indexOf('=');
                if (eq > 0) {
                    k.env.put(s.substring(0, eq), new GoFlags.Arg(s.substring(eq + 1), location(file, e)));
                }
            }
            out.add(k);
        }
        return out;
    }

    /** Image, command, args and env of a container (Kubernetes or compose spelling). */
    private static void read(Node c, String file, Container k) {
        Node image = Nodes.at(c, "image");
        if (Nodes.scalar(image) != null) {
            k.image = Nodes.scalar(image);
            k.at = location(file, image);
        }
        for (String key : new String[] {"command", "entrypoint"}) {
            for (Node a : Nodes.scalars(Nodes.at(c, key))) {
                k.command.add(new GoFlags.Arg(Nodes.scalar(a), location(file, a)));
            }
        }
        for (Node a : Nodes.scalars(Nodes.at(c, "args"))) {
            k.args.add(new GoFlags.Arg(Nodes.scalar(a), location(file, a)));
        }
        for (Node e : Nodes.items(Nodes.at(c, "env"))) {
            String name = Nodes.text(e, "name");
            Node value = Nodes.at(e, "value");
            if (name != null && Nodes.scalar(value) != null) {
                k.env.put(name, new GoFlags.Arg(Nodes.scalar(value), location(file, value)));
            }
        }
        if (k.at == null && c instanceof MappingNode) {
            k.at = location(file, c);
        }
    }

    /** A Service document, or null. */
    static Service service(Node doc) {
        if (!"Service".equals(Nodes.text(doc, "kind"))) {
            return null;
        }
        Service s = new Service();
        s.name = Nodes.text(doc, "metadata.name");
        s.namespace = Nodes.text(doc, "metadata.namespace");
        for (NodeTuple t : Nodes.tuples(Nodes.at(doc, "spec.selector"))) {
            s.selector.put(Nodes.scalar(t.getKeyNode()), Nodes.scalar(t.getValueNode()));
        }
        for (Node p : Nodes.items(Nodes.at(doc, "spec.ports"))) {
            try {
                s.ports.add(Integer.parseInt(String.valueOf(Nodes.text(p, "port"))));
            } catch (NumberFormatException e) {
                // a named or templated port: unknown
            }
        }
        return s.name == null ? null : s;
    }

    /** True when the Service selects the container's pods. */
    static boolean selects(Service s, Container c) {
        if (s.selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> e : s.selector.entrySet()) {
            if (!String.valueOf(e.getValue()).equals(c.podLabels.get(e.getKey()))) {
                return false;
            }
        }
        return s.namespace == null || c.namespace == null || s.namespace.equals(c.namespace);
    }

    static Location location(String file, Node n) {
        return new Location(file, SafeYaml.line(n), SafeYaml.column(n));
    }
}
