package dev.keepalivelint.rules;

import dev.keepalivelint.model.SettingKind;
import java.time.temporal.ChronoUnit;

/** One configuration key inside a block and the setting it carries; {@code unit} is the unit of a bare number. */
public final class ConfigKey {
    private final String key;
    private final SettingKind setting;
    private final ChronoUnit unit;
    private final String ignored;

    public ConfigKey(String key, SettingKind setting, ChronoUnit unit, String ignored) {
        this.key = key;
        this.setting = setting;
        this.unit = unit;
        this.ignored = ignored;
    }

    /**
     * Why the framework does not read this key although users write it (Spring gRPC's enable-keep-alive); null
     * for a key that takes effect. An ignored key is reported with the findings of its client, never applied.
     */
    public String ignored() {
        return ignored;
    }

    /** The key relative to its block, dot separated as written in the rules ("keep-alive-time", "etcd.endpoints"). */
    public String key() {
        return key;
    }

    public SettingKind setting() {
        return setting;
    }

    /** Unit of a bare number for duration keys; null when the dialect's default applies. */
    public ChronoUnit unit() {
        return unit;
    }
}
