package dev.keepalivelint.rules;

import dev.keepalivelint.model.SettingKind;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One configuration key inside a block and the setting it carries; {@code unit} is the unit of a bare number. */
public final class ConfigKey {
    private final String key;
    private final SettingKind setting;
    private final ChronoUnit unit;
    private final String ignored;
    private final List<NotApplied> notApplied;

    /**
     * When a written value of this key does not take effect: for versions of a library (the block's own when
     * {@code library} is null; any version when {@code versions} is null) and for values of one form.
     */
    public static final class NotApplied {
        /** Which written values the condition is about. */
        public enum Values { ANY, BARE_NUMBER, WITH_UNIT }

        private final String library;
        private final String versions;
        private final Values values;
        private final String why;
        private final String fix;

        public NotApplied(String library, String versions, Values values, String why, String fix) {
            this.library = library;
            this.versions = versions;
            this.values = values;
            this.why = why;
            this.fix = fix;
        }

        /** The library whose version decides; null for the block's library. */
        public String library() {
            return library;
        }

        /** A version range; null for every version. */
        public String versions() {
            return versions;
        }

        public Values values() {
            return values;
        }

        /** Why the value does not take effect, one clause. */
        public String why() {
            return why;
        }

        /** What to write instead; may be null. */
        public String fix() {
            return fix;
        }
    }

    private final String versions;
    private final String otherwise;
    private final String rejected;

    public ConfigKey(String key, SettingKind setting, ChronoUnit unit, String ignored) {
        this(key, setting, unit, ignored, List.of());
    }

    public ConfigKey(String key, SettingKind setting, ChronoUnit unit, String ignored, List<NotApplied> notApplied) {
        this(key, setting, unit, ignored, notApplied, null, null, null);
    }

    /**
     * @param versions  the product versions the key exists in (null: all)
     * @param otherwise what to tell the user when the product version is outside {@code versions}
     * @param rejected  why the product refuses to start with this key (strict YAML); null when it accepts it
     */
    public ConfigKey(String key, SettingKind setting, ChronoUnit unit, String ignored, List<NotApplied> notApplied,
                     String versions, String otherwise, String rejected) {
        this.notApplied = List.copyOf(notApplied);
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

    /** When a written value of this key is not applied (the first condition that holds wins). */
    public List<NotApplied> notApplied() {
        return notApplied;
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
