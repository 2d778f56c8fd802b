package dev.keepalivelint.rules;

import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Source;
import java.util.List;
import java.util.Map;

/** How to recognise one kind of builder in Java code: the calls that create it, its types and the setters that matter. */
public final class JavaBuilderSpec {

    /**
     * A static call that creates a builder, e.g. io.grpc.ManagedChannelBuilder.forTarget(target), or a constructor
     * call (new org.apache.dubbo.config.ReferenceConfig<>(), with any arguments).
     */
    public static final class Factory {
        private final String className;
        private final String method;
        private final List<String> args;
        private final boolean constructor;

        public Factory(String className, String method, List<String> args) {
            this(className, method, args, false);
        }

        private Factory(String className, String method, List<String> args, boolean constructor) {
            this.className = className;
            this.method = method;
            this.args = List.copyOf(args);
            this.constructor = constructor;
        }

        /** {@code new className(...)}: its method is the class's simple name, the word the code says. */
        public static Factory constructor(String className, List<String> args) {
            return new Factory(className, className.substring(className.lastIndexOf('.') + 1), args, true);
        }

        /** Whether the builder is created with {@code new}, not by a static method. */
        public boolean isConstructor() {
            return constructor;
        }

        /** Fully qualified, unshaded class name. */
        public String className() {
            return className;
        }

        public String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        public String packageName() {
            int dot = className.lastIndexOf('.');
            return dot < 0 ? "" : className.substring(0, dot);
        }

        public String method() {
            return method;
        }

        /** What each argument means: target, host, port or address (a constructor's arguments are not read). */
        public List<String> args() {
            return args;
        }
    }

    /** A builder method that carries a setting. */
    public static final class Setter {
        private final String method;
        private final SettingKind setting;
        private final ValueShape shape;

        public Setter(String method, SettingKind setting, ValueShape shape) {
            this.method = method;
            this.setting = setting;
            this.shape = shape;
        }

        public String method() {
            return method;
        }

        public SettingKind setting() {
            return setting;
        }

        public ValueShape shape() {
            return shape;
        }
    }

    /** A parameter of the target URL's query that carries a setting: Dubbo's tri://host:port?heartbeat=30000. */
    public static final class UrlParameter {
        private final String name;
        private final SettingKind setting;
        private final ValueShape shape;

        public UrlParameter(String name, SettingKind setting, ValueShape shape) {
            this.name = name;
            this.setting = setting;
            this.shape = shape;
        }

        public String name() {
            return name;
        }

        public SettingKind setting() {
            return setting;
        }

        /** How its text is read: millis or seconds (a whole number), boolean. */
        public ValueShape shape() {
            return shape;
        }
    }

    private final String id;
    private final Role role;
    private final String library;
    private final List<Factory> factories;
    private final List<String> types;
    private final Map<String, Setter> setters;
    private final Source source;

    public JavaBuilderSpec(String id, Role role, String library, List<Factory> factories, List<String> types,
                           Map<String, Setter> setters, Source source) {
        this.id = id;
        this.role = role;
        this.library = library;
        this.factories = List.copyOf(factories);
        this.types = List.copyOf(types);
        this.setters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(setters));
        this.source = source;
    }

    public String id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public String library() {
        return library;
    }

    public List<Factory> factories() {
        return factories;
    }

    /** Fully qualified, unshaded names of the builder types. */
    public List<String> types() {
        return types;
    }

    /** Setter by method name. */
    public Map<String, Setter> setters() {
        return setters;
    }

    public Source source() {
        return source;
    }

    // ---- configurators (issue 10): callbacks that receive a builder of this kind ---------------------------

    private List<String> configuredBy = List.of();

    /**
     * The same spec, noting the methods (of any class) whose lambda argument receives a builder of this kind,
     * e.g. gax's setChannelConfigurator(b -> b.keepAliveTime(...)): the lambda's untyped parameter is then one.
     */
    public JavaBuilderSpec configuredBy(List<String> methods) {
        JavaBuilderSpec copy = new JavaBuilderSpec(id, role, library, factories, types, setters, source);
        copy.configuredBy = List.copyOf(methods);
        copy.note = note;
        copy.builtBy = builtBy;
        copy.schemes = schemes;
        copy.urlParameters = urlParameters;
        return copy;
    }

    private String note;

    /**
     * The same spec with a sentence said with every finding about a builder of this kind, e.g. that Dubbo's
     * heartbeat is set on the reference URL and that its pings do not depend on active calls; null for none.
     */
    public JavaBuilderSpec withNote(String text) {
        JavaBuilderSpec copy = configuredBy(configuredBy);
        copy.note = text;
        return copy;
    }

    /** Said with every finding about a builder of this kind; null for none. */
    public String note() {
        return note;
    }

    /** Methods whose lambda argument's (first) parameter is a builder of this kind. */
    public List<String> configuredBy() {
        return configuredBy;
    }

    // ---- what makes it a client, and what its target URL says (Dubbo references) -----------------------------

    private List<String> builtBy = List.of("build");
    private List<String> schemes = List.of();
    private List<UrlParameter> urlParameters = List.of();

    /**
     * The same spec, with the methods that turn it into a client (build() for every builder; get() for a Dubbo
     * ReferenceConfig), the URL schemes its target must have to be a client of its library (empty: any), and the
     * query parameters of its target that carry settings.
     */
    public JavaBuilderSpec withTargetRules(List<String> builtByMethods, List<String> targetSchemes,
                                           List<UrlParameter> parameters) {
        JavaBuilderSpec copy = configuredBy(configuredBy);
        copy.builtBy = builtByMethods.isEmpty() ? List.of("build") : List.copyOf(builtByMethods);
        copy.schemes = List.copyOf(targetSchemes);
        copy.urlParameters = List.copyOf(parameters);
        return copy;
    }

    /** Whether calling {@code method} on it makes the client (build(), or the methods the rules name). */
    public boolean isBuiltBy(String method) {
        return builtBy.contains(method);
    }

    /**
     * The schemes a written target must have for it to be a client of its library (Dubbo: tri; a dubbo:// or
     * scheme-less url is Dubbo's own protocol, which sends no HTTP/2 PING). Empty: any target.
     */
    public List<String> schemes() {
        return schemes;
    }

    /** The target URL's query parameters that carry settings. */
    public List<UrlParameter> urlParameters() {
        return urlParameters;
    }
}
