package dev.keepalivelint.scan.config;

import dev.keepalivelint.model.Spelling;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads duration values the way each framework does, and says how a fix writes one so that it is read back the
 * same way. Every parsing method throws {@link IllegalArgumentException} with a one-line reason for text the
 * framework itself would refuse.
 */
final class DurationSyntax {
    private static final Pattern SPRING_SIMPLE = Pattern.compile("^([+-]?\\d+)([a-zA-Z]{0,2})$");
    private static final Pattern MICRONAUT = Pattern.compile("^(-?\\d+)([unsmhd])(s?)$");
    private static final Pattern GO_PART = Pattern.compile("(\\d*\\.?\\d*)(ns|us|µs|μs|ms|s|m|h)");
    private static final Pattern DIGITS = Pattern.compile("^[+-]?\\d+$");

    private DurationSyntax() {
    }

    /**
     * Parses {@code text} in syntax {@code syntax} (spring, quarkus, micronaut, go, nanos). {@code bareUnit} is
     * the unit of a bare number where the syntax allows one (null: the syntax's own default).
     */
    static Duration parse(String syntax, String text, ChronoUnit bareUnit) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        switch (syntax) {
            case "spring": return spring(t, bareNumberUnit(syntax, bareUnit));
            case "quarkus": return quarkus(t);
            case "micronaut": return micronaut(t);
            case "go": return go(t);
            case "nanos": return nanos(t);
            case "millis": return millis(t);
            default: throw new IllegalArgumentException("unknown duration syntax " + syntax);
        }
    }

    /**
     * The unit {@link #parse} reads a bare number of syntax {@code syntax} in, for a key whose bare numbers are
     * {@code keyUnit} (null: the syntax's own default); null for a syntax that reads no bare number (Micronaut).
     */
    static ChronoUnit bareNumberUnit(String syntax, ChronoUnit keyUnit) {
        switch (syntax) {
            case "spring": return keyUnit == null ? ChronoUnit.MILLIS : keyUnit;
            case "quarkus": return ChronoUnit.SECONDS;
            case "go": case "nanos": return ChronoUnit.NANOS;
            case "millis": return ChronoUnit.MILLIS;
            default: return null;
        }
    }

    /**
     * How a fix writes a duration in syntax {@code syntax}: as a bare number when {@code bare} (a version that
     * binds the key to a plain number, such as grpc-spring's long seconds before 2.3.0) or the syntax knows no
     * other form (etcd's nanoseconds, Nacos' milliseconds), in the unit {@link #parse} reads it in; otherwise
     * with a unit (5m).
     */
    static Spelling.Syntax writtenAs(String syntax, ChronoUnit keyUnit, boolean bare) {
        if (syntax.equals("nanos")) {
            return Spelling.Syntax.NANOS;
        }
        if (syntax.equals("millis")) {
            return Spelling.Syntax.MILLIS;
        }
        ChronoUnit unit = bare ? bareNumberUnit(syntax, keyUnit) : null;
        if (unit == null) {
            return Spelling.Syntax.SUFFIXED;
        }
        switch (unit) {
            case NANOS: return Spelling.Syntax.NANOS;
            case MILLIS: return Spelling.Syntax.MILLIS;
            case SECONDS: return Spelling.Syntax.SECONDS;
            case MINUTES: return Spelling.Syntax.MINUTES;
            case HOURS: return Spelling.Syntax.HOURS;
            default: return Spelling.Syntax.SUFFIXED;
        }
    }

    /** Spring Boot DurationStyle: ISO-8601, or an integer with an optional ns/us/ms/s/m/h/d suffix. */
    static Duration spring(String t, ChronoUnit bareUnit) {
        if (t.startsWith("P") || t.startsWith("p") || t.startsWith("-P") || t.startsWith("+P")) {
            return iso(t.toUpperCase(Locale.ROOT));
        }
        Matcher m = SPRING_SIMPLE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a Spring duration (write 30s, 5m, 2h or PT30S)");
        }
        long amount = Long.parseLong(m.group(1));
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        if (suffix.isEmpty()) {
            return Duration.of(amount, bareUnit);
        }
        ChronoUnit unit = suffixUnit(suffix);
        if (unit == null) {
            throw new IllegalArgumentException("'" + t + "': unknown unit '" + suffix + "' (ns, us, ms, s, m, h, d)");
        }
        return Duration.of(amount, unit);
    }

    /** Quarkus DurationConverter: a bare number is seconds; ms and d suffixes; otherwise PT is prefixed (30s, 1.5h). */
    static Duration quarkus(String t) {
        if (DIGITS.matcher(t).matches()) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.matches("^[+-]?\\d+ms$")) {
            return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
        }
        if (lower.matches("^[+-]?\\d+d$")) {
            return Duration.ofDays(Long.parseLong(lower.substring(0, lower.length() - 1)));
        }
        if (t.startsWith("P") || t.startsWith("p")) {
            return iso(t.toUpperCase(Locale.ROOT));
        }
        return iso("PT" + t.toUpperCase(Locale.ROOT));
    }

    /** Micronaut TimeConverterRegistrar: ISO-8601 or an integer with ns, ms, s, m, h or d; no bare numbers. */
    static Duration micronaut(String t) {
        if (t.startsWith("P") || t.startsWith("p")) {
            return iso(t.toUpperCase(Locale.ROOT));
        }
        Matcher m = MICRONAUT.matcher(t.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a Micronaut duration (write 30s, 5m, 500ms or PT30S)");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) + m.group(3);
        switch (unit) {
            case "ns": return Duration.ofNanos(amount);
            case "ms": return Duration.ofMillis(amount);
            case "s": return Duration.ofSeconds(amount);
            case "m": return Duration.ofMinutes(amount);
            case "h": return Duration.ofHours(amount);
            case "d": return Duration.ofDays(amount);
            default: throw new IllegalArgumentException("'" + t + "': unknown unit '" + unit + "'");
        }
    }

    /**
     * Go time.ParseDuration: a sequence of decimal numbers with units (1h30m, 1.5s, 300ms); "0" alone is zero.
     * A bare integer (a YAML int decoded into a Go time.Duration) is nanoseconds.
     */
    static Duration go(String t) {
        String s = t;
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (DIGITS.matcher(s).matches()) {
            Duration d = Duration.ofNanos(Long.parseLong(s));
            return negative ? d.negated() : d;
        }
        Matcher m = GO_PART.matcher(s);
        int pos = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos || m.group(1).isEmpty() || m.group(1).equals(".")) {
                throw new IllegalArgumentException("'" + t + "' is not a Go duration (write 10s, 1m30s, 1.5h)");
            }
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(goUnitNanos(m.group(2)))));
            pos = m.end();
        }
        Duration d = Duration.ofNanos(nanos.longValue());
        return negative ? d.negated() : d;
    }

    private static long goUnitNanos(String unit) {
        switch (unit) {
            case "ns": return 1L;
            case "us": case "µs": case "μs": return 1_000L;
            case "ms": return 1_000_000L;
            case "s": return 1_000_000_000L;
            case "m": return 60_000_000_000L;
            default: return 3_600_000_000_000L;
        }
    }

    /** An integer number of nanoseconds (etcd configuration files); strings are refused, as etcd refuses them. */
    static Duration nanos(String t) {
        if (!DIGITS.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' must be an integer number of nanoseconds here (etcd refuses "
                + "duration strings in configuration files and does not start)");
        }
        return Duration.ofNanos(Long.parseLong(t));
    }

    /** An integer number of milliseconds (Nacos reads these keys as a Long); anything else is refused. */
    static Duration millis(String t) {
        if (!DIGITS.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' must be an integer number of milliseconds here");
        }
        return Duration.ofMillis(Long.parseLong(t));
    }

    private static Duration iso(String t) {
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not an ISO-8601 duration");
        }
    }

    private static ChronoUnit suffixUnit(String suffix) {
        switch (suffix) {
            case "ns": return ChronoUnit.NANOS;
            case "us": return ChronoUnit.MICROS;
            case "ms": return ChronoUnit.MILLIS;
            case "s": return ChronoUnit.SECONDS;
            case "m": return ChronoUnit.MINUTES;
            case "h": return ChronoUnit.HOURS;
            case "d": return ChronoUnit.DAYS;
            default: return null;
        }
    }

    /** true/false and the other spellings Spring, Quarkus and YAML accept (yes/no, on/off, 1/0). */
    static Boolean bool(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1": case "y":
                return Boolean.TRUE;
            case "false": case "no": case "off": case "0": case "n":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
