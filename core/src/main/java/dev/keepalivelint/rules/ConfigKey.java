package dev.keepalivelint.rules;

import dev.keepalivelint.model.SettingKind;
import java.time.temporal.ChronoUnit;

/** One configuration key inside a block and the setting it carries; {@code unit} is the unit of a bare number. */
public final class ConfigKey {
    private final String key;
    private final SettingKind setting;
    private final ChronoUnit unit;
    private final String ignored;
    private final String versions;
    private final String otherwise;
    private final String rejected;

    public ConfigKey(String key, SettingKind setting, ChronoUnit unit, String ignored) {
        this(key, setting, unit, ignored, null, null, null);
    }

    /**
     * @param versions  the product versions the key exists in (null: all)
     * @param otherwise what to tell the user when the product version is outside {@code versions}
     * @param rejected  why the product refuses to start with this key (strict YAML); null when it accepts it
     */
    public ConfigKey(String key, SettingKind setting, ChronoUnit unit, String ignored, String versions,
                     String otherwise, String rejected) {
        this.key = key;
        this.setting = setting;
        this.unit = unit;
        this.ignored = ignored;
        this.versions = versions;
        this.otherwise = otherwise;
        this.rejected = rejected;
    }

    /** The product version range the key exists in; null when it exists in every version. */
    public String versions() {
        return versions;
    }

    /** What to say (the real options) when the product version has no such key; null when nothing. */
    public String otherwise() {
        return otherwise;
    }

    /** Why the product refuses to start when this key is written; null for a key the product accepts. */
    public String rejected() {
        return rejected;
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
