package dev.keepalivelint.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DurationSyntaxTest {

    private static Duration parse(String syntax, String text, ChronoUnit unit) {
        return DurationSyntax.parse(syntax, text, unit);
    }

    private static void refused(String syntax, String text, String reasonFragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(syntax, text, null));
        assertTrue(e.getMessage().contains(reasonFragment), e.getMessage());
    }

    @Test
    void spring() {
        assertEquals(Duration.ofSeconds(30), parse("spring", "30s", null));
        assertEquals(Duration.ofMinutes(5), parse("spring", "5m", null));
        assertEquals(Duration.ofSeconds(30), parse("spring", "PT30S", null));
        assertEquals(Duration.ofSeconds(30), parse("spring", "pt30s", null));
        assertEquals(Duration.ofMillis(250), parse("spring", "250ms", null));
        assertEquals(Duration.ofDays(2), parse("spring", "2d", null));
        assertEquals(Duration.ofSeconds(30), parse("spring", "30", ChronoUnit.SECONDS), "bare number in the key's unit");
        assertEquals(Duration.ofMillis(30), parse("spring", "30", null), "bare number without a unit is milliseconds");
        refused("spring", "1.5s", "not a Spring duration");
        refused("spring", "30 seconds", "not a Spring duration");
        refused("spring", "30x", "unknown unit");
    }

    @Test
    void quarkus() {
        assertEquals(Duration.ofSeconds(20), parse("quarkus", "20", null), "a bare number is seconds");
        assertEquals(Duration.ofSeconds(30), parse("quarkus", "30s", null));
        assertEquals(Duration.ofMillis(1500), parse("quarkus", "1.5s", null));
        assertEquals(Duration.ofMinutes(6), parse("quarkus", "PT6M", null));
        assertEquals(Duration.ofMillis(500), parse("quarkus", "500ms", null));
        assertEquals(Duration.ofDays(1), parse("quarkus", "1d", null));
        refused("quarkus", "soon", "ISO-8601");
    }

    @Test
    void micronaut() {
        assertEquals(Duration.ofSeconds(30), parse("micronaut", "30s", null));
        assertEquals(Duration.ofMinutes(5), parse("micronaut", "5m", null));
        assertEquals(Duration.ofMillis(500), parse("micronaut", "500ms", null));
        assertEquals(Duration.ofHours(3), parse("micronaut", "3h", null));
        assertEquals(Duration.ofSeconds(45), parse("micronaut", "PT45S", null));
        refused("micronaut", "1000", "not a Micronaut duration");
    }

    @Test
    void go() {
        assertEquals(Duration.ofMinutes(90), parse("go", "1h30m", null));
        assertEquals(Duration.ofMillis(1500), parse("go", "1.5s", null));
        assertEquals(Duration.ofMillis(300), parse("go", "300ms", null));
        assertEquals(Duration.ofSeconds(10), parse("go", "10s", null));
        assertEquals(Duration.ZERO, parse("go", "0", null));
        assertEquals(Duration.ofNanos(5_000_000_000L), parse("go", "5000000000", null), "a YAML integer is nanoseconds");
        refused("go", "10 s", "not a Go duration");
        refused("go", "PT10S", "not a Go duration");
    }

    @Test
    void nanosecondsOnly() {
        assertEquals(Duration.ofSeconds(5), parse("nanos", "5000000000", null));
        refused("nanos", "5s", "integer number of nanoseconds");
    }

    @Test
    void booleans() {
        assertEquals(Boolean.TRUE, DurationSyntax.bool("true"));
        assertEquals(Boolean.TRUE, DurationSyntax.bool("TRUE"));
        assertEquals(Boolean.FALSE, DurationSyntax.bool("off"));
        assertEquals(Boolean.FALSE, DurationSyntax.bool("no"));
        assertNull(DurationSyntax.bool("maybe"));
    }
}
