package dev.keepalivelint.model;

/**
 * The settings the linter understands, named as grpc-java names them. The rules file refers to them by
 * {@link #id()}; scanners map builder methods and configuration keys onto them.
 */
public enum SettingKind {
    /** Client: idle time before the client sends a keepalive PING. */
    KEEPALIVE_TIME("keepAliveTime", ValueType.DURATION),
    /** Client: how long the client waits for the PING acknowledgement. */
    KEEPALIVE_TIMEOUT("keepAliveTimeout", ValueType.DURATION),
    /** Client: whether the client also pings while no call is active. */
    KEEPALIVE_WITHOUT_CALLS("keepAliveWithoutCalls", ValueType.BOOLEAN),
    /** Client: a framework switch without which the keepalive settings are not applied. */
    KEEPALIVE_ENABLED("keepAliveEnabled", ValueType.BOOLEAN),
    /** Server: shortest interval between client pings the server accepts. */
    PERMIT_KEEPALIVE_TIME("permitKeepAliveTime", ValueType.DURATION),
    /** Server: whether the server accepts pings while no call is active. */
    PERMIT_KEEPALIVE_WITHOUT_CALLS("permitKeepAliveWithoutCalls", ValueType.BOOLEAN),
    /**
     * Server: false when this configuration makes the server enforce no ping policy at all (etcd serving client
     * TLS on its shared listener); never a key of its own, set by a block's notEnforcedWhen in the rules file.
     */
    ENFORCED("enforced", ValueType.BOOLEAN),
    /**
     * Client: whether the client speaks TLS, from a builder method the rules mark as turning it on
     * ({@code value: called}: jetcd {@code sslContext(...)}, grpc-java {@code useTransportSecurity()}); a server may
     * treat TLS connections differently (etcd serves client TLS on its shared listener without a keepalive policy).
     * Unresolved when the call is made only under a condition.
     */
    TRANSPORT_SECURITY("transportSecurity", ValueType.BOOLEAN),
    /** Client: the target or address the client connects to. */
    TARGET("target", ValueType.TEXT),
    /** Client or server: the port. */
    PORT("port", ValueType.NUMBER),
    /**
     * Client or server: what the port is read from at run time, e.g. a variable both a server and a client use
     * ({@code int port = freePort()}) or a server's own {@code getPort()}; pairs them when the number is unknown.
     * Written as "kind|name|path:line" (kind: var, server). A builder may have several.
     */
    PORT_SOURCE("portSource", ValueType.TEXT),
    /**
     * Client: the fully qualified type of an object the target is read from at run time ({@code options.getTarget()}
     * of a {@code ServiceStubsOptions}); a rules library naming that type among its targetTypes says which server
     * the client meets. Never a key of its own; one setting per candidate name the type may resolve to.
     */
    TARGET_TYPE("targetType", ValueType.TEXT);

    /** Whether this is a keepalive setting proper (not where the client connects or how it secures the connection). */
    public boolean isKeepalive() {
        return this != TARGET && this != PORT && this != PORT_SOURCE && this != TARGET_TYPE && this != TRANSPORT_SECURITY;
    }

    /** What kind of value a setting holds. */
    public enum ValueType { DURATION, BOOLEAN, TEXT, NUMBER }

    private final String id;
    private final ValueType valueType;

    SettingKind(String id, ValueType valueType) {
        this.id = id;
        this.valueType = valueType;
    }

    public String id() {
        return id;
    }

    public ValueType valueType() {
        return valueType;
    }

    /** The kind whose rules-file id is {@code id}, or null. */
    public static SettingKind byId(String id) {
        for (SettingKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
