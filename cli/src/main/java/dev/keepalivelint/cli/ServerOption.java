package dev.keepalivelint.cli;

import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code --server} option: comma-separated {@code key=value} pairs with the keys of the Maven goal's
 * {@code <server>} (and of a rules file's {@code declarations}): {@code id}, {@code target} (repeatable),
 * {@code implementation}, {@code version}, {@code permitKeepAliveTime}, {@code permitKeepAliveWithoutCalls},
 * {@code default}. For example
 * {@code --server id=inventory,target=inventory:*,target=dns:///inventory.prod:443,implementation=grpc-java}.
 */
final class ServerOption {
    static final String SYNTAX = "id=NAME,target=GLOB[,target=GLOB...],implementation=IMPL[,version=V]"
        + "[,permitKeepAliveTime=DURATION][,permitKeepAliveWithoutCalls=true|false][,default=true]";

    private ServerOption() {
    }

    /** The declaration {@code spec} stands for; {@code index} (from 0) names it when it has no id. */
    static DeclaredServer parse(String spec, int index) throws InputException {
        String id = null;
        List<String> targets = new ArrayList<>();
        String implementation = null;
        String version = null;
        Duration permit = null;
        Boolean permitWithoutCalls = null;
        boolean isDefault = false;
        String where = "--server '" + spec + "'";
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InputException(where + ": '" + pair.trim() + "' is not key=value; syntax: " + SYNTAX);
            }
            String key = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            switch (key) {
                case "id":
                    id = value;
                    break;
                case "target":
                case "targets":
                    if (!value.isEmpty()) {
                        targets.add(value);
                    }
                    break;
                case "implementation":
                    implementation = value;
                    break;
                case "version":
                    version = value.isEmpty() ? null : value;
                    break;
                case "permitKeepAliveTime":
                    permit = Durations.parse(value);
                    if (permit == null) {
                        throw new InputException(where + ": permitKeepAliveTime '" + value
                            + "' is not a duration such as 30s, 5m or PT30S");
                    }
                    break;
                case "permitKeepAliveWithoutCalls":
                    permitWithoutCalls = bool(where, key, value);
                    break;
                case "default":
                    isDefault = bool(where, key, value);
                    break;
                default:
                    throw new InputException(where + ": unknown key '" + key + "'; syntax: " + SYNTAX);
            }
        }
        String name = id == null || id.isBlank() ? "#" + (index + 1) : id;
        if (implementation == null || implementation.isBlank()) {
            throw new InputException(where + " needs implementation= (grpc-java, grpc-go, grpc-core, etcd or one a "
                + "rules file defines)");
        }
        if (targets.isEmpty() && !isDefault) {
            throw new InputException(where + " needs target=, or default=true to replace the default server policy");
        }
        return new DeclaredServer(name, targets, implementation, version, permit, permitWithoutCalls, isDefault,
            "--server '" + name + "'");
    }

    private static boolean bool(String where, String key, String value) throws InputException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new InputException(where + ": " + key + " must be true or false, not '" + value + "'");
        }
    }
}
