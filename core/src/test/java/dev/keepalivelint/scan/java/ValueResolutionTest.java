package dev.keepalivelint.scan.java;

import static dev.keepalivelint.scan.java.JavaFixtures.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.scan.ScanResult;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each value shape the scanner resolves, read from fixtures/java/values/Channels.java. */
class ValueResolutionTest {
    private static ScanResult result;

    @BeforeAll
    static void scanOnce() {
        result = JavaFixtures.scan("values");
    }

    private static KeepaliveSetting keepAliveTime(int line) {
        Observation o = JavaFixtures.at(result, "Channels.java", line);
        return setting(o, SettingKind.KEEPALIVE_TIME);
    }

    @Test
    void constantFromAnotherFilePlusArithmeticWithAStaticallyImportedUnit() {
        KeepaliveSetting s = keepAliveTime(19);
        assertEquals(Duration.ofSeconds(30), s.duration());
        assertTrue(s.via().contains("Timeouts.PING_SECONDS"), s.via());
        assertTrue(s.via().contains("Timeouts.java:7"), s.via());
    }

    @Test
    void timeUnitConversionInAnotherFilesConstant() {
        assertEquals(Duration.ofMinutes(5), keepAliveTime(23).duration());
    }

    @Test
    void durationOfWithChronoUnitThroughALocalAndToMillis() {
        assertEquals(Duration.ofMinutes(2), keepAliveTime(28).duration());
    }

    @Test
    void durationToNanosWithNanoseconds() {
        assertEquals(Duration.ofMinutes(1), keepAliveTime(32).duration());
    }

    @Test
    void literalArithmetic() {
        assertEquals(Duration.ofMinutes(2), keepAliveTime(36).duration());
    }

    @Test
    void nestedClassConstantWithDurationParse() {
        assertEquals(Duration.ofSeconds(45), keepAliveTime(40).duration());
    }

    @Test
    void sameFileConstantTimesAFinalLocal() {
        KeepaliveSetting s = keepAliveTime(45);
        assertEquals(Duration.ofSeconds(50), s.duration());
        assertTrue(s.via().contains("Channels.LOCAL_SECONDS"), s.via());
    }

    @Test
    void durationConstantThroughGetSeconds() {
        assertEquals(Duration.ofSeconds(60), keepAliveTime(49).duration());
    }

    @Test
    void methodCallIsUnresolvedWithWhatWasSeen() {
        KeepaliveSetting s = keepAliveTime(53);
        assertFalse(s.isResolved());
        assertTrue(s.unresolvedReason().contains("config.keepAliveSeconds()"), s.unresolvedReason());
        assertTrue(s.unresolvedReason().contains("run time"), s.unresolvedReason());
    }

    @Test
    void parameterIsUnresolved() {
        KeepaliveSetting s = keepAliveTime(57);
        assertFalse(s.isResolved());
        assertTrue(s.unresolvedReason().contains("parameter"), s.unresolvedReason());
    }

    @Test
    void nonFinalFieldIsUnresolved() {
        KeepaliveSetting s = keepAliveTime(61);
        assertFalse(s.isResolved());
        assertTrue(s.unresolvedReason().contains("not final"), s.unresolvedReason());
    }

    @Test
    void timeUnitToMillis() {
        assertEquals(Duration.ofHours(1), keepAliveTime(65).duration());
    }

    @Test
    void durationOfMillis() {
        assertEquals(Duration.ofMillis(1500), keepAliveTime(69).duration());
    }
}
