package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.rules.JavaBuilderSpec;
import dev.keepalivelint.rules.ValueShape;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads the arguments of builder calls into settings: a factory's target, host and port (and what the port is
 * read from at run time), and a setter's value by the shape the rules give it, with where to change it when
 * it comes straight from a project constant.
 */
final class SettingReader {
    private final ValueResolver resolver;

    SettingReader(ValueResolver resolver) {
        this.resolver = resolver;
    }

    void addFactoryArguments(Role role, List<KeepaliveSetting> settings, JavaBuilderSpec.Factory factory, MethodCallExpr call) {
        List<String> roles = factory.args();
        List<Expression> args = call.getArguments();
        Map<String, Expression> byRole = new LinkedHashMap<>();
        for (int i = 0; i < roles.size() && i < args.size(); i++) {
            byRole.put(roles.get(i), args.get(i));
        }
        Location at = JavaSources.locationOf(call);
        Expression address = byRole.get("address");
        if (address instanceof ObjectCreationExpr
            && ((ObjectCreationExpr) address).getType().getNameAsString().equals("InetSocketAddress")) {
            List<Expression> a = ((ObjectCreationExpr) address).getArguments();
            if (a.size() == 1) {
                byRole.put("port", a.get(0));
            } else if (a.size() == 2) {
                byRole.put("host", a.get(0));
                byRole.put("port", a.get(1));
            }
        }
        Expression target = byRole.get("target");
        if (target != null) {
            Value v = resolver.eval(target);
            if (v.get() instanceof String) {
                settings.add(KeepaliveSetting.resolved(SettingKind.TARGET, v.get(), target.toString(), at, v.via()));
            } else {
                settings.add(KeepaliveSetting.unresolved(SettingKind.TARGET, target.toString(),
                    v.isKnown() ? "`" + target + "` is not text" : v.unknownReason(), at));
                TargetTypes.add(target, at, resolver.sources(), settings);
            }
            PortSources.add(target, at, settings);
        }
        Expression port = byRole.get("port");
        Value portValue = port == null ? null : resolver.eval(port);
        if (portValue != null && portValue.get() instanceof Long) {
            settings.add(KeepaliveSetting.resolved(SettingKind.PORT, portValue.get(), port.toString(), at,
                portValue.via()));
        } else if (port != null) {
            settings.add(KeepaliveSetting.unresolved(SettingKind.PORT, port.toString(),
                portValue.isKnown() ? "`" + port + "` is not a number" : portValue.unknownReason(), at));
        }
        if (port != null) {
            PortSources.add(port, at, settings);
        }
        Expression host = byRole.get("host");
        if (host != null) {
            Value h = resolver.eval(host);
            if (h.get() instanceof String) {
                String text = (String) h.get() + (portValue != null && portValue.get() instanceof Long ? ":" + portValue.get() : "");
                settings.add(KeepaliveSetting.resolved(SettingKind.TARGET, text, host + ", " + port, at, h.via()));
            } else {
                settings.add(KeepaliveSetting.unresolved(SettingKind.TARGET, host + (port == null ? "" : ", " + port),
                    h.isKnown() ? "`" + host + "` is not text" : h.unknownReason(), at));
                TargetTypes.add(host, at, resolver.sources(), settings);
            }
        }
        if (role == Role.SERVER) {
            PortSources.addServerInstance(call, at, settings);
        }
    }

    KeepaliveSetting settingOf(JavaBuilderSpec.Setter setter, MethodCallExpr call, List<KeepaliveSetting> settings,
                                Map<KeepaliveSetting, Spelling> constants) {
        KeepaliveSetting s = settingOf(setter, call);
        if (s != null && s.kind() == SettingKind.TARGET && !call.getArguments().isEmpty()) {
            PortSources.add(call.getArgument(0), s.location(), settings);
            if (!s.isResolved()) {
                TargetTypes.add(call.getArgument(0), s.location(), resolver.sources(), settings);
            }
        }
        if (s != null && s.isResolved() && !call.getArguments().isEmpty()) {
            Spelling where = constantSpelling(setter, call);
            if (where != null) {
                constants.put(s, where);
            }
        }
        return s;
    }

    /**
     * "set `DEFAULT_KEEPALIVE_TIME_SECONDS` at ControllerImpl.java:80 to %s" when the setter's value is exactly a
     * constant the project declares (in the setter's own unit, for a (long, TimeUnit) pair): the fix then points
     * where the value is written.
     */
    private Spelling constantSpelling(JavaBuilderSpec.Setter setter, MethodCallExpr call) {
        Value v = resolver.eval(call.getArgument(0));
        if (v.constant() == null || v.constantAt() == null) {
            return null;
        }
        Spelling.Syntax syntax;
        switch (setter.shape()) {
            case DURATION_UNIT: {
                Value unit = call.getArguments().size() == 2 ? resolver.eval(call.getArgument(1)) : null;
                syntax = unit == null || !(unit.get() instanceof TimeUnit) ? null : unitSyntax((TimeUnit) unit.get());
                break;
            }
            case DURATION: syntax = Spelling.Syntax.JAVA_DURATION; break;
            case MILLIS: syntax = Spelling.Syntax.MILLIS; break;
            case SECONDS: syntax = Spelling.Syntax.SECONDS; break;
            case BOOLEAN: syntax = Spelling.Syntax.SUFFIXED; break;
            default: syntax = null;
        }
        if (syntax == null) {
            return null;
        }
        // Spelling splices the value at the last %s, so the names from the user's code need no escaping.
        String where = "set `" + v.constant() + "` at " + v.constantAt().fileName() + ":" + v.constantAt().line();
        return new Spelling(where + " to %s", syntax);
    }

    private static Spelling.Syntax unitSyntax(TimeUnit unit) {
        switch (unit) {
            case NANOSECONDS: return Spelling.Syntax.NANOS;
            case MILLISECONDS: return Spelling.Syntax.MILLIS;
            case SECONDS: return Spelling.Syntax.SECONDS;
            case MINUTES: return Spelling.Syntax.MINUTES;
            case HOURS: return Spelling.Syntax.HOURS;
            default: return null;
        }
    }

    private KeepaliveSetting settingOf(JavaBuilderSpec.Setter setter, MethodCallExpr call) {
        Location at = new Location(JavaSources.locationOf(call).path(),
            call.getName().getBegin().map(p -> p.line).orElse(0), call.getName().getBegin().map(p -> p.column).orElse(0));
        List<Expression> args = call.getArguments();
        String written = call.getNameAsString() + "(" + joined(args) + ")";
        SettingKind kind = setter.setting();
        switch (setter.shape()) {
            case DURATION_UNIT: {
                if (args.size() != 2) {
                    return null;
                }
                Value amount = resolver.eval(args.get(0));
                Value unit = resolver.eval(args.get(1));
                if (!amount.isKnown()) {
                    return KeepaliveSetting.unresolved(kind, written, amount.unknownReason(), at);
                }
                if (!unit.isKnown() || !(unit.get() instanceof TimeUnit)) {
                    return KeepaliveSetting.unresolved(kind, written, unit.isKnown()
                        ? "`" + args.get(1) + "` is not a TimeUnit" : unit.unknownReason(), at);
                }
                if (!amount.isNumber()) {
                    return KeepaliveSetting.unresolved(kind, written, "`" + args.get(0) + "` is not a number", at);
                }
                Duration d = durationOf(((Number) amount.get()).longValue(), (TimeUnit) unit.get());
                return KeepaliveSetting.resolved(kind, d, written, at, Value.combine(d, amount, unit).via());
            }
            case DURATION:
            case MILLIS:
            case SECONDS:
            case BOOLEAN: {
                if (args.size() != 1) {
                    return null;
                }
                Value v = resolver.eval(args.get(0));
                if (!v.isKnown()) {
                    return KeepaliveSetting.unresolved(kind, written, v.unknownReason(), at);
                }
                if (v.get() == Value.NULL) {
                    // jetcd: null leaves the setting to gRPC's default
                    return KeepaliveSetting.resolved(kind, null, written, at, v.via());
                }
                Object value = singleValue(setter.shape(), v.get());
                if (value == null) {
                    return KeepaliveSetting.unresolved(kind, written, "`" + args.get(0) + "` is not a "
                        + setter.shape().id() + " value", at);
                }
                return KeepaliveSetting.resolved(kind, value, written, at, v.via());
            }
            case TEXT: {
                if (args.isEmpty()) {
                    return null;
                }
                Value v = resolver.eval(args.get(0));
                if (kind == SettingKind.TARGET && !(v.get() instanceof String)) {
                    // Read by the linker to say the target is a run-time value, and for the ports it reads.
                    return KeepaliveSetting.unresolved(kind, written, v.isKnown() ? "`" + args.get(0)
                        + "` is not text" : v.unknownReason(), at);
                }
                return v.get() instanceof String ? KeepaliveSetting.resolved(kind, v.get(), written, at, v.via()) : null;
            }
            case CALLED: {
                // sslContext(null) clears it; any other argument (a context, a lambda configuring one) turns it on
                boolean cleared = args.size() == 1 && resolver.eval(args.get(0)).get() == Value.NULL;
                return KeepaliveSetting.resolved(kind, !cleared, written, at, null);
            }
            case NUMBER: {
                if (args.size() != 1) {
                    return null;
                }
                Value v = resolver.eval(args.get(0));
                return v.get() instanceof Long ? KeepaliveSetting.resolved(kind, v.get(), written, at, v.via()) : null;
            }
            default:
                return null;
        }
    }

    /** The setting's value from a one-argument setter's argument, or null when it is not of the shape. */
    private static Object singleValue(ValueShape shape, Object arg) {
        switch (shape) {
            case DURATION: return arg instanceof Duration ? arg : null;
            case MILLIS: return arg instanceof Long ? Duration.ofMillis((Long) arg) : null;
            case SECONDS: return arg instanceof Long ? Duration.ofSeconds((Long) arg) : null;
            case BOOLEAN: return arg instanceof Boolean ? arg : null;
            default: return null;
        }
    }

    /** {@code amount} of {@code unit}, saturating at the largest duration instead of overflowing. */
    static Duration durationOf(long amount, TimeUnit unit) {
        try {
            return Duration.of(amount, unit.toChronoUnit());
        } catch (ArithmeticException e) {
            return amount < 0 ? Duration.ofSeconds(Long.MIN_VALUE) : ChronoUnit.FOREVER.getDuration();
        }
    }

    private static String joined(List<Expression> args) {
        StringBuilder sb = new StringBuilder();
        for (Expression a : args) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a);
        }
        return sb.toString();
    }
}
