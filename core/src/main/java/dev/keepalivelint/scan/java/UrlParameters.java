package dev.keepalivelint.scan.java;

import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.rules.JavaBuilderSpec;
import dev.keepalivelint.rules.ValueShape;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a builder's target URL says beyond where it connects, as the rules describe it for the builder: its scheme
 * decides whether it is a client of the builder's library at all (a Dubbo reference to dubbo:// is not a triple
 * consumer), and parameters of its query carry settings (tri://host:50051?heartbeat=0).
 */
final class UrlParameters {
    private UrlParameters() {
    }

    /**
     * Adds the settings the query of {@code target} carries, when it is a written target of a builder whose rules
     * name url parameters. Each is located where the target is written.
     */
    static void add(JavaBuilderSpec spec, KeepaliveSetting target, List<KeepaliveSetting> settings) {
        if (spec.urlParameters().isEmpty() || target.kind() != SettingKind.TARGET || target.text() == null) {
            return;
        }
        String url = firstUrl(target.text());
        int query = url.indexOf('?');
        if (query < 0) {
            return;
        }
        int fragment = url.indexOf('#', query);
        String[] pairs = url.substring(query + 1, fragment < 0 ? url.length() : fragment).split("&");
        for (JavaBuilderSpec.UrlParameter p : spec.urlParameters()) {
            String value = null;
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(p.name())) {
                    value = pair.substring(eq + 1).trim();  // the last one counts, as in Dubbo's URL parser
                }
            }
            if (value != null) {
                settings.add(setting(p, value, target));
            }
        }
    }

    private static KeepaliveSetting setting(JavaBuilderSpec.UrlParameter p, String value, KeepaliveSetting target) {
        String unit = unit(p.shape());
        String written = "the url's " + p.name() + "=" + value + (unit.isEmpty() ? "" : " (" + unit.trim() + ")");
        Object parsed = parse(p.shape(), value);
        if (parsed == null) {
            return KeepaliveSetting.unresolved(p.setting(), written, "`" + value + "` is not a " + p.shape().id()
                + " value", target.location());
        }
        return KeepaliveSetting.resolved(p.setting(), parsed, written, target.location(), target.via());
    }

    private static Object parse(ValueShape shape, String value) {
        if (shape == ValueShape.BOOLEAN) {
            return value.equalsIgnoreCase("true") ? Boolean.TRUE : value.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        }
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
        return shape == ValueShape.SECONDS ? Duration.ofSeconds(n) : Duration.ofMillis(n);
    }

    /**
     * Whether the builder's target is one of its library's clients by the scheme the rules require: true when they
     * require none, or when the target is not written in the code (a registry finds the provider, or it is known
     * only at run time). A url without a scheme does not match: Dubbo then uses its default protocol, dubbo.
     */
    static boolean schemeMatches(JavaBuilderSpec spec, List<KeepaliveSetting> settings) {
        if (spec.schemes().isEmpty()) {
            return true;
        }
        KeepaliveSetting target = null;
        for (KeepaliveSetting s : settings) {
            if (s.kind() == SettingKind.TARGET) {
                target = s;
            }
        }
        if (target == null || target.text() == null) {
            return true;
        }
        String url = firstUrl(target.text());
        int scheme = url.indexOf("://");
        return scheme > 0 && spec.schemes().contains(url.substring(0, scheme).toLowerCase(Locale.ROOT));
    }

    /** How a fix says to change the parameter: "set `?heartbeat=` on the url for a heartbeat of %s ms". */
    static Spelling spelling(JavaBuilderSpec.UrlParameter p) {
        Spelling.Syntax syntax = p.shape() == ValueShape.MILLIS ? Spelling.Syntax.MILLIS
            : p.shape() == ValueShape.SECONDS ? Spelling.Syntax.SECONDS : Spelling.Syntax.SUFFIXED;
        // Spelling splices the value at the last %s; the parameter's name comes from the rules file.
        return new Spelling("set `?" + p.name() + "=` on the url for a " + p.name() + " of %s" + unit(p.shape()), syntax);
    }

    private static String unit(ValueShape shape) {
        return shape == ValueShape.MILLIS ? " ms" : shape == ValueShape.SECONDS ? " s" : "";
    }

    /** Dubbo takes several urls separated by ';' (ReferenceConfig.parseUrl); the first one is read. */
    private static String firstUrl(String text) {
        int semicolon = text.indexOf(';');
        return (semicolon < 0 ? text : text.substring(0, semicolon)).trim();
    }
}
