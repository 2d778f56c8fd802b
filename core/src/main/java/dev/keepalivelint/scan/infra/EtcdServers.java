package dev.keepalivelint.scan.infra;

import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.rules.InfraRules;
import dev.keepalivelint.rules.Version;
import dev.keepalivelint.rules.VersionRange;
import dev.keepalivelint.scan.config.YamlEntries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * etcd servers in manifests and charts: the permitted ping interval from {@code --grpc-keepalive-min-time} or
 * {@code ETCD_GRPC_KEEPALIVE_MIN_TIME} (a flag wins over the variable; zero or less means no policy, so
 * grpc-go's default), whether client TLS is served on the shared listener (then nothing is enforced), the
 * image version, and the names clients reach it by (its Services, the StatefulSet's serviceName, the workload).
 * Each name becomes a target setting of the server, the main one last.
 */
final class EtcdServers {
    private final InfraRules.Etcd rules;

    EtcdServers(InfraRules.Etcd rules) {
        this.rules = rules;
    }

    boolean isEtcd(Workloads.Container c) {
        if (!c.image.isEmpty() && Images.matches(c.image, rules.images())) {
            return true;
        }
        String command = c.command.isEmpty() ? null : c.command.get(0).text;
        return command != null && rules.commands().contains(command.substring(command.lastIndexOf('/') + 1));
    }

    /** A setting as the server has it: its value and where it was written. */
    private static final class Value {
        final String text;
        final String written;
        final Location location;

        Value(String text, String written, Location location) {
            this.text = text;
            this.written = written;
            this.location = location;
        }
    }

    /** Flags and environment of one etcd, a flag winning over its variable. */
    private final class Settings {
        final Map<String, Value> byFlag = new LinkedHashMap<>();

        void env(String name, String value, Location at) {
            if (rules.env() != null && name.startsWith(rules.env())) {
                String flag = name.substring(rules.env().length()).toLowerCase(Locale.ROOT).replace('_', '-');
                byFlag.putIfAbsent(flag, new Value(value, name + "=" + value, at));
            }
        }

        void flag(GoFlags.Flag f) {
            byFlag.put(f.name, new Value(f.valueOrTrue(), "--" + f.name + "=" + f.valueOrTrue(), f.location));
        }

        Value get(String flag) {
            return flag == null ? null : byFlag.get(flag);
        }
    }

    Observation fromContainer(Workloads.Container c, List<Workloads.Service> services) {
        Settings s = new Settings();
        for (GoFlags.Flag f : GoFlags.parse(c.commandLine(), Set.of())) {
            s.flag(f);
        }
        for (Map.Entry<String, GoFlags.Arg> e : c.env.entrySet()) {
            s.env(e.getKey(), e.getValue().text, e.getValue().location);
        }
        Set<String> names = new LinkedHashSet<>(c.names);
        Integer port = null;
        for (Workloads.Service svc : services) {
            if (Workloads.selects(svc, c)) {
                names.add(svc.name);
                if (port == null && svc.ports.contains(rules.port())) {
                    port = rules.port();
                }
            }
        }
        return observation("etcd " + c.describe(), c.at, s, names, port, c.image.isEmpty() ? null : Images.version(c.image),
            null, c.file);
    }

    /** The bitnami etcd chart: extraEnvVars, extraFlags, auth.client.secureTransport, image.tag. */
    Observation fromChart(InfraRules.Chart chart, Node values, String file, String version) {
        Settings s = new Settings();
        for (String path : chart.flags()) {
            List<GoFlags.Arg> args = new ArrayList<>();
            for (Node a : Nodes.scalars(Nodes.at(values, path))) {
                args.add(new GoFlags.Arg(Nodes.scalar(a), Workloads.location(file, a)));
            }
            GoFlags.parse(args, Set.of()).forEach(s::flag);
        }
        for (String path : chart.env()) {
            for (Node e : Nodes.items(Nodes.at(values, path))) {
                String name = Nodes.text(e, "name");
                Node v = Nodes.at(e, "value");
                if (name != null && Nodes.scalar(v) != null) {
                    s.env(name, Nodes.scalar(v), Workloads.location(file, v));
                }
            }
        }
        Boolean tls = null;
        if (chart.tls() != null && Nodes.text(values, chart.tls()) != null) {
            tls = Boolean.valueOf(Nodes.text(values, chart.tls()).trim());
        }
        // The chart names its Services after the release: <release>-etcd and <release>-etcd-headless.
        Set<String> names = new LinkedHashSet<>(List.of("*etcd-headless", "*etcd"));
        Location at = Workloads.location(file, values);
        return observation("etcd of the " + chart.id() + " chart values", at, s, names, rules.port(), version, tls, file);
    }

    /** kubeadm ClusterConfiguration: etcd.local.extraArgs (a map, or a list of {name, value}). */
    void kubeadm(Node doc, String file, List<Observation> out) {
        Map<String, String> k = rules.kubeadm();
        if (k.get("kind") == null || !k.get("kind").equals(Nodes.text(doc, "kind"))) {
            return;
        }
        Node args = k.get("extraArgs") == null ? null : Nodes.at(doc, k.get("extraArgs"));
        if (args == null && Nodes.at(doc, "etcd.local") == null) {
            return;
        }
        Settings s = new Settings();
        for (NodeTuple t : Nodes.tuples(args)) {
            s.flag(new GoFlags.Flag(Nodes.scalar(t.getKeyNode()), Nodes.scalar(t.getValueNode()),
                Workloads.location(file, t.getKeyNode())));
        }
        for (Node item : Nodes.items(args)) {
            String name = Nodes.text(item, "name");
            if (name != null) {
                s.flag(new GoFlags.Flag(name, Nodes.text(item, "value"), Workloads.location(file, item)));
            }
        }
        String tag = k.get("version") == null ? null : Nodes.text(doc, k.get("version"));
        out.add(observation("etcd of kubeadm ClusterConfiguration", Workloads.location(file, doc), s,
            new LinkedHashSet<>(List.of("localhost", "127.0.0.1")), rules.port(), tag == null ? null : Images.versionOfTag(tag),
            null, file));
    }

    private Observation observation(String description, Location at, Settings s, Set<String> names, Integer port,
                                    String version, Boolean tls, String file) {
        List<KeepaliveSetting> settings = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        Map<SettingKind, Spelling> spellings = new EnumMap<>(SettingKind.class);
        spellings.put(SettingKind.PERMIT_KEEPALIVE_TIME, new Spelling("--" + rules.minTime() + "=%s", Spelling.Syntax.GO_DURATION));
        Value min = s.get(rules.minTime());
        if (min != null) {
            KeepaliveSetting setting = minTime(min, remarks);
            if (setting != null) {
                settings.add(setting);
            }
        }
        Value listen = s.get(rules.listen());
        Integer listenPort = null;
        boolean https = Boolean.TRUE.equals(tls);
        if (listen != null) {
            Endpoint e = Endpoint.parseTarget(listen.text);
            listenPort = e == null ? null : e.port();
            https = listen.text.trim().toLowerCase(Locale.ROOT).startsWith("https://");
        }
        boolean split = s.get(rules.split()) != null && splitAvailable(version);
        String library = https && !split ? rules.sharedTlsLibrary() : rules.library();
        if (https && !split) {
            remarks.add("client TLS is served on the shared listener (" + (listen != null ? listen.written : "TLS on")
                + ", no --" + rules.split() + "), where etcd does not enforce its keepalive policy");
        }
        Value advertise = s.get(rules.advertise());
        if (advertise != null) {
            for (String url : advertise.text.split(",")) {
                Endpoint e = Endpoint.parseTarget(url.trim());
                if (e != null && e.host() != null) {
                    names.add(e.host());
                }
            }
        }
        int p = listenPort != null ? listenPort : port != null ? port : rules.port();
        List<String> ordered = new ArrayList<>(names);
        java.util.Collections.reverse(ordered);
        for (String name : ordered) {
            settings.add(KeepaliveSetting.resolved(SettingKind.TARGET, name + ":" + p, name, at, "a name of this etcd"));
        }
        settings.add(KeepaliveSetting.resolved(SettingKind.PORT, (long) p, String.valueOf(p), at, null));
        if (s.get(rules.configFile()) != null) {
            remarks.add("--" + rules.configFile() + " is set: etcd then ignores its flags and environment");
        }
        return new Observation(Role.SERVER, library, description, at, settings, null, spellings, file + "#etcd:" + description,
            remarks, version);
    }

    /** The permitted interval; zero or less sets no policy, so grpc-go's default applies. */
    private KeepaliveSetting minTime(Value v, List<String> remarks) {
        if (v.text.contains("$(") || v.text.contains("${") || v.text.contains("{{")) {
            return KeepaliveSetting.unresolved(SettingKind.PERMIT_KEEPALIVE_TIME, v.written,
                "set from a variable or a template, known only at deployment", v.location);
        }
        Duration d;
        try {
            d = YamlEntries.goDuration(v.text);
        } catch (IllegalArgumentException e) {
            return KeepaliveSetting.unresolved(SettingKind.PERMIT_KEEPALIVE_TIME, v.written,
                "'" + v.text + "' is not a Go duration", v.location);
        }
        if (!d.isNegative() && !d.isZero()) {
            return KeepaliveSetting.resolved(SettingKind.PERMIT_KEEPALIVE_TIME, d, v.written, v.location, null);
        }
        Duration means = rules.zeroOrLessMeans() == null ? null : Durations.parseSimple(rules.zeroOrLessMeans());
        remarks.add(v.written + " sets no keepalive policy (zero or less), so grpc-go's default applies");
        return means == null ? null : KeepaliveSetting.resolved(SettingKind.PERMIT_KEEPALIVE_TIME, means, v.written,
            v.location, "zero or less: no policy, grpc-go's default " + Durations.format(means));
    }

    private boolean splitAvailable(String version) {
        Version v = Version.parse(version);
        if (v == null || rules.splitVersions().isEmpty()) {
            return true;
        }
        for (String range : rules.splitVersions()) {
            if (VersionRange.parse(range).contains(v)) {
                return true;
            }
        }
        return false;
    }
}
