package dev.keepalivelint.model;

import java.util.Objects;

/** A host and port a client connects to or a server listens on; either part may be unknown (null). */
public final class Endpoint {
    private final String host;
    private final Integer port;
    private final String written;

    public Endpoint(String host, Integer port, String written) {
        this.host = host;
        this.port = port;
        this.written = Objects.requireNonNull(written);
    }

    public String host() {
        return host;
    }

    public Integer port() {
        return port;
    }

    /** The target as written, e.g. "dns:///inventory:443" or "localhost, 50051". */
    public String written() {
        return written;
    }

    /**
     * Where a client connects or a server listens, from its TARGET and PORT settings: the target, completed by
     * a separate port setting (Quarkus writes host and port apart); null when neither is known.
     */
    public static Endpoint of(Observation o) {
        KeepaliveSetting target = o.last(SettingKind.TARGET);
        KeepaliveSetting port = o.last(SettingKind.PORT);
        Integer portNumber = port != null && port.number() != null ? port.number().intValue() : null;
        Endpoint e = target != null && target.text() != null ? parseTarget(target.text()) : null;
        if (e != null && (e.port() != null || portNumber == null)) {
            return e;
        }
        if (portNumber != null) {
            String host = e == null ? null : e.host();
            return new Endpoint(host, portNumber, (host == null ? "" : host + ":") + portNumber);
        }
        return null;
    }

    /**
     * Reads a gRPC target or URL: "host:port", "dns:///host:port", "static://host:port", "http://host:port",
     * "[::1]:port", "tri://host:port?param=value", comma separated lists (the first entry counts). Returns null when nothing can be read.
     */
    public static Endpoint parseTarget(String target) {
        if (target == null) {
            return null;
        }
        String t = target.trim();
        int comma = t.indexOf(',');
        if (comma >= 0) {
            t = t.substring(0, comma).trim();
        }
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            t = t.substring(scheme + 3);
            if (t.startsWith("/")) {
                t = t.substring(1);
            }
        } else if (t.startsWith("dns:") || t.startsWith("unix:")) {
            t = t.substring(t.indexOf(':') + 1);
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            t = t.substring(0, slash);
        }
        // A URL's query or fragment without a path: Dubbo's tri://host:50051?qos.port=22223
        int query = t.indexOf('?') >= 0 ? t.indexOf('?') : t.indexOf('#');
        if (query >= 0) {
            t = t.substring(0, query);
        }
        int at = t.lastIndexOf('@');
        if (at >= 0) {
            t = t.substring(at + 1);
        }
        String host = t;
        Integer port = null;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close > 0) {
                host = t.substring(1, close);
                port = parsePort(t.substring(close + 1).replaceFirst("^:", ""));
            }
        } else {
            int colon = t.lastIndexOf(':');
            if (colon >= 0 && t.indexOf(':') == colon) {
                host = t.substring(0, colon);
                port = parsePort(t.substring(colon + 1));
            }
        }
        if (host.length() > 1 && host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // a fully qualified name: "etcd.ns.svc.cluster.local." is that host
        }
        if (host.isEmpty() && port == null) {
            return null;
        }
        return new Endpoint(host.isEmpty() ? null : host, port, target);
    }

    private static Integer parsePort(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            return p >= 0 && p <= 65535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True for names that always mean this machine. */
    public boolean isLoopback() {
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
            || host.equals("0.0.0.0") || host.equals("::");
    }

    @Override
    public String toString() {
        return written;
    }
}
