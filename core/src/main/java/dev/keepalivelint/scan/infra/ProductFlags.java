package dev.keepalivelint.scan.infra;

import dev.keepalivelint.rules.InfraRules;
import dev.keepalivelint.scan.config.ConfigEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a product's command-line flags into the YAML keys they set, through the rules' flag set: every ring
 * prefix ({@code -distributor.ring.store=etcd} is distributor.ring.kvstore.store), and the flags with a fixed
 * path ({@code -server.grpc.keepalive.min-time-between-pings}).
 */
final class ProductFlags {
    private final InfraRules.FlagSet set;

    ProductFlags(InfraRules.FlagSet set) {
        this.set = set;
    }

    /** The YAML key path a flag sets, or null when the flag is not one the rules map. */
    String pathOf(String flag) {
        String fixed = set.flags().get(flag);
        if (fixed != null) {
            return fixed;
        }
        for (InfraRules.RingPrefix p : set.prefixes()) {
            if (flag.equals(p.storeFlag())) {
                return p.path() + ".store";
            }
            if (flag.startsWith(p.flag())) {
                String rest = flag.substring(p.flag().length());
                String key = set.kvstore().get(rest);
                if (key != null && !(key.equals("store") && p.store() != null)) {
                    return p.path() + "." + key;
                }
            }
        }
        return null;
    }

    /** Every YAML key path the flag set can write, with its flag: how fixes are spelled for flags. */
    Map<String, String> spellings() {
        Map<String, String> out = new LinkedHashMap<>();
        set.flags().forEach((flag, path) -> out.put(path, flag));
        for (InfraRules.RingPrefix p : set.prefixes()) {
            for (Map.Entry<String, String> k : set.kvstore().entrySet()) {
                String flag = k.getValue().equals("store") ? p.storeFlag() : p.flag() + k.getKey();
                out.put(p.path() + "." + k.getValue(), flag);
            }
        }
        return out;
    }

    /** The configuration entries the flags set, in order (a later flag wins). */
    List<ConfigEntry> entries(List<GoFlags.Flag> flags) {
        List<ConfigEntry> out = new ArrayList<>();
        for (GoFlags.Flag f : flags) {
            String path = pathOf(f.name);
            if (path != null) {
                out.add(new ConfigEntry(Arrays.asList(path.split("\\.")), f.valueOrTrue(), f.location, null));
            }
        }
        return out;
    }

    /** The value of the configuration-file flag, or null. */
    String configFile(List<GoFlags.Flag> flags) {
        String found = null;
        for (GoFlags.Flag f : flags) {
            if (f.name.equals(set.configFile()) && f.value != null) {
                found = f.value;
            }
        }
        return found;
    }

    java.util.Set<String> booleans() {
        return new java.util.HashSet<>(set.booleans());
    }
}
