package dev.keepalivelint.link;

import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.SettingKind;
import java.util.List;
import java.util.Locale;

/**
 * Pairs a client with a server of the project by the names the server is reached at in Kubernetes or
 * docker-compose (its Services, a StatefulSet's serviceName, a compose service): the client's host, without the
 * cluster DNS suffixes ({@code etcd.monitoring.svc.cluster.local} is Service etcd, {@code etcd-0.etcd-headless}
 * is a pod of Service etcd-headless), matched against each name (a name may be a glob such as {@code *-etcd}),
 * and the port when both sides know it.
 */
final class ServiceNames {
    private ServiceNames() {
    }

    /** The first server that answers to the client's host and port, or null. */
    static Server serverFor(Endpoint target, List<Server> servers, List<String> dnsSuffixes) {
        if (target == null || target.host() == null || target.isLoopback()) {
            return null;
        }
        String host = target.host().toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String suffix : dnsSuffixes) {
            if (host.endsWith(suffix)) {
                host = host.substring(0, host.length() - suffix.length());
            }
        }
        String[] labels = host.split("\\.");
        String service = labels[0];
        String podService = labels.length > 1 && labels[0].matches(".*-\\d+") ? labels[1] : null;
        for (Server s : servers) {
            for (KeepaliveSetting t : s.observation().settings()) {
                if (t.kind() != SettingKind.TARGET || t.text() == null || !isName(t.via())) {
                    continue;
                }
                Endpoint name = Endpoint.parseTarget(t.text());
                if (name == null || name.host() == null) {
                    continue;
                }
                boolean portOk = target.port() == null || name.port() == null || target.port().equals(name.port());
                if (portOk && (matches(name.host(), service) || podService != null && matches(name.host(), podService))) {
                    return s;
                }
            }
        }
        return null;
    }

    /** A target setting that names the server ("a name of this etcd", "a name of this server"), not one it dials. */
    private static boolean isName(String via) {
        return via != null && via.startsWith("a name of this ");
    }

    private static boolean matches(String pattern, String label) {
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.startsWith("*")) {
            return label.endsWith(p.substring(1));
        }
        return p.equals(label);
    }
}
