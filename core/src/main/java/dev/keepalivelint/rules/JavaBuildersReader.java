package dev.keepalivelint.rules;

import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the entries of the {@code java.builders} section: how a builder of a gRPC library is created (factories,
 * types), which setters configure keepalive, and the role it plays. Problems go to the shared list with their file
 * and line.
 */
final class JavaBuildersReader {
    private static final Set<String> KEYS = Set.of("id", "role", "library", "factories", "types", "setters", "source",
        "configuredBy", "note", "builtBy", "schemes", "urlParameters");
    private static final Set<String> FACTORY_KEYS = Set.of("call", "new", "args");
    private static final Set<String> URL_PARAMETER_KEYS = Set.of("name", "setting", "value");
    private static final Set<ValueShape> URL_PARAMETER_SHAPES = Set.of(ValueShape.MILLIS, ValueShape.SECONDS,
        ValueShape.BOOLEAN);
    private static final Set<String> FACTORY_ARGS = Set.of("target", "host", "port", "address");
    private static final Set<String> SETTER_KEYS = Set.of("method", "setting", "value");

    private final RulesProblems problems;

    JavaBuildersReader(RulesProblems problems) {
        this.problems = problems;
    }

    JavaBuilderSpec builder(RulesEntry e, Map<String, Library> libs) {
        Fields f = e.fields;
        f.knownKeys(KEYS);
        String library = f.libraryRef(libs);
        Source source = f.source();
        String roleText = f.text("role", true);
        Role role = null;
        if (roleText != null) {
            try {
                role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(e.file, f.node("role"), "role '" + roleText + "' must be client, server or inert");
            }
        }
        List<JavaBuilderSpec.Factory> factories = new ArrayList<>();
        Node fn = f.node("factories");
        if (fn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) fn).getValue()) {
                JavaBuilderSpec.Factory factory = factory(item, e.file);
                if (factory != null) {
                    factories.add(factory);
                }
            }
        } else if (fn != null) {
            problem(e.file, fn, "'factories' must be a list");
        }
        List<String> types = f.textList("types");
        Map<String, JavaBuilderSpec.Setter> setters = new LinkedHashMap<>();
        Node sn = f.node("setters");
        if (sn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) sn).getValue()) {
                JavaBuilderSpec.Setter setter = setter(item, e.file);
                if (setter != null) {
                    setters.put(setter.method(), setter);
                }
            }
        } else if (sn != null) {
            problem(e.file, sn, "'setters' must be a list");
        }
        List<JavaBuilderSpec.UrlParameter> parameters = new ArrayList<>();
        Node pn = f.node("urlParameters");
        if (pn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) pn).getValue()) {
                JavaBuilderSpec.UrlParameter parameter = urlParameter(item, e.file);
                if (parameter != null) {
                    parameters.add(parameter);
                }
            }
        } else if (pn != null) {
            problem(e.file, pn, "'urlParameters' must be a list");
        }
        if (factories.isEmpty() && types.isEmpty()) {
            problem(e.file, e.node, "a builder needs 'factories' or 'types' to be recognised");
        }
        if (library == null || source == null || role == null) {
            return null;
        }
        return new JavaBuilderSpec(e.id, role, library, factories, types, setters, source)
            .configuredBy(f.textList("configuredBy")).withNote(f.text("note", false))
            .withTargetRules(f.textList("builtBy"), f.textList("schemes"), parameters);
    }

    private JavaBuilderSpec.Factory factory(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a factory is a mapping {call: package.Class.method, args: [...]}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file, problems);
        f.knownKeys(FACTORY_KEYS);
        String constructed = f.text("new", false);
        String call = constructed != null ? null : f.text("call", true);
        List<String> args = f.textList("args");
        for (String a : args) {
            if (!FACTORY_ARGS.contains(a)) {
                problem(file, f.node("args"), "factory argument '" + a + "' must be one of " + FACTORY_ARGS);
            }
        }
        if (constructed != null) {
            if (f.node("call") != null) {
                problem(file, f.node("call"), "a factory is either a call or a constructor ('new'), not both");
            }
            if (constructed.lastIndexOf('.') <= 0) {
                problem(file, f.node("new"), "new '" + constructed + "' must be written package.Class");
                return null;
            }
            return JavaBuilderSpec.Factory.constructor(constructed, args);
        }
        if (call == null) {
            return null;
        }
        int dot = call.lastIndexOf('.');
        if (dot <= 0 || call.indexOf('.') == dot) {
            problem(file, f.node("call"), "call '" + call + "' must be written package.Class.method");
            return null;
        }
        return new JavaBuilderSpec.Factory(call.substring(0, dot), call.substring(dot + 1), args);
    }

    private JavaBuilderSpec.Setter setter(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a setter is a mapping {method: name, setting: keepAliveTime, value: duration-unit}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file, problems);
        f.knownKeys(SETTER_KEYS);
        String method = f.text("method", true);
        SettingKind setting = f.setting();
        String valueText = f.text("value", true);
        ValueShape shape = valueText == null ? null : ValueShape.byId(valueText);
        if (valueText != null && shape == null) {
            List<String> shapes = new ArrayList<>();
            for (ValueShape s : ValueShape.values()) {
                shapes.add(s.id());
            }
            problem(file, f.node("value"), "value '" + valueText + "' is not one of " + shapes);
        }
        if (method == null || setting == null || shape == null) {
            return null;
        }
        return new JavaBuilderSpec.Setter(method, setting, shape);
    }

    private JavaBuilderSpec.UrlParameter urlParameter(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a url parameter is a mapping {name: heartbeat, setting: keepAliveTime, value: millis}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file, problems);
        f.knownKeys(URL_PARAMETER_KEYS);
        String name = f.text("name", true);
        SettingKind setting = f.setting();
        String valueText = f.text("value", true);
        ValueShape shape = valueText == null ? null : ValueShape.byId(valueText);
        if (valueText != null && !URL_PARAMETER_SHAPES.contains(shape)) {
            problem(file, f.node("value"), "value '" + valueText + "' of a url parameter is millis, seconds or boolean");
            return null;
        }
        if (name == null || setting == null || shape == null) {
            return null;
        }
        return new JavaBuilderSpec.UrlParameter(name, setting, shape);
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
