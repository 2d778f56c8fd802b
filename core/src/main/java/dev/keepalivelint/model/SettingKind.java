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
    /** Client: the target or address the client connects to. */
    TARGET("target", ValueType.TEXT),
    /** Client or server: the port. */
    PORT("port", ValueType.NUMBER);

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
