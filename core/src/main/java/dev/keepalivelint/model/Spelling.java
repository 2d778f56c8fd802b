package dev.keepalivelint.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How one setting is written where a client or server is configured, so that a fix can be phrased in the
 * user's own terms: ".keepAliveTime(5, TimeUnit.MINUTES)" in Java, "keep-alive-time: 5m" in YAML.
 */
public final class Spelling {
    /** How a value is written. */
    public enum Syntax {
        /** Java (long, TimeUnit) arguments: "5, TimeUnit.MINUTES". */
        JAVA_DURATION_UNIT,
        /** A java.time.Duration expression: "Duration.ofMinutes(5)". */
        JAVA_DURATION,
        /** A Java long of milliseconds: "300000L". */
        JAVA_MILLIS,
        /** A Java long of seconds: "300L". */
        JAVA_SECONDS,
        /** A duration with a unit suffix: "5m", "30s". */
        SUFFIXED,
        /** Go duration strings: "5m0s" style, written shortest: "5m". */
        GO_DURATION,
        /** Integer nanoseconds. */
        NANOS,
        /** Integer seconds. */
        SECONDS,
        /** Integer milliseconds. */
        MILLIS,
        /** ISO-8601: "PT5M". */
        ISO
    }

    private static final String PLACEHOLDER = "%s";

    private final String template;
    private final Syntax syntax;

    /**
     * @param template the text with {@code %s} where the value goes; the last {@code %s} is the placeholder, as
     *                 what precedes it may be a key from the user's file that contains "%s" itself
     */
    public Spelling(String template, Syntax syntax) {
        this.template = Objects.requireNonNull(template);
        this.syntax = Objects.requireNonNull(syntax);
    }

    /** The text with %s where the value goes. */
    public String template() {
        return template;
    }

    public Syntax syntax() {
        return syntax;
    }

    /**
     * The setting written with {@code value} (a Duration or a Boolean). The template holds user text (a
     * configuration key, a channel name), so it is never used as a format string: "%", "{}" or "$" in a key
     * are written as they are.
     */
    public String write(Object value) {
        int at = template.lastIndexOf(PLACEHOLDER);
        String written = format(value);
        if (at < 0) {
            return template + written;
        }
        return template.substring(0, at) + written + template.substring(at + PLACEHOLDER.length());
    }

    private String format(Object value) {
        if (!(value instanceof Duration)) {
            return String.valueOf(value);
        }
        Duration d = (Duration) value;
        switch (syntax) {
            case JAVA_DURATION_UNIT: {
                String[] unit = javaUnit(d);
                return unit[0] + ", TimeUnit." + unit[1];
            }
            case JAVA_DURATION: {
                String[] unit = javaUnit(d);
                String method = unit[1].equals("MILLISECONDS") ? "ofMillis" : unit[1].equals("NANOSECONDS") ? "ofNanos"
                    : "of" + unit[1].charAt(0) + unit[1].substring(1).toLowerCase(Locale.ROOT);
                return "Duration." + method + "(" + unit[0] + ")";
            }
            case JAVA_MILLIS:
                return d.toMillis() + "L";
            case JAVA_SECONDS:
                return d.getSeconds() + "L";
            case NANOS:
                return String.valueOf(d.toNanos());
            case SECONDS:
                return String.valueOf(d.getSeconds());
            case MILLIS:
                return String.valueOf(d.toMillis());
            case ISO:
                return d.toString();
            case GO_DURATION:
            case SUFFIXED:
            default:
                return Durations.format(d);
        }
    }

    /** {amount, TimeUnit name} in the largest unit that is exact. */
    private static String[] javaUnit(Duration d) {
        String s = Durations.format(d);
        String digits = s.replaceAll("[a-z]+$", "");
        switch (s.substring(digits.length())) {
            case "d": return new String[] {digits, "DAYS"};
            case "h": return new String[] {digits, "HOURS"};
            case "m": return new String[] {digits, "MINUTES"};
            case "s": return new String[] {digits, "SECONDS"};
            case "ms": return new String[] {digits, "MILLISECONDS"};
            case "us": return new String[] {digits, "MICROSECONDS"};
            default: return new String[] {digits, "NANOSECONDS"};
        }
    }
}
