package dev.keepalivelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Qualifiers in Maven's order and numbers after a qualifier by value (the plugin's tests check Maven itself). */
class VersionOrderTest {
    private static int cmp(String a, String b) {
        return Integer.signum(Version.parse(a).compareTo(Version.parse(b)));
    }

    @Test
    void numbersAfterAQualifierCompareByValue() {
        assertEquals(-1, cmp("4.1.0-M9", "4.1.0-M10"));
        assertEquals(-1, cmp("1.0-rc2", "1.0-rc10"));
        assertEquals(-1, cmp("1.0.0-beta.2", "1.0.0-beta.11"));
    }

    @Test
    void qualifiersInMavenOrder() {
        String[] ordered = {"1.0-alpha1", "1.0-beta1", "1.0-M1", "1.0-RC1", "1.0-SNAPSHOT", "1.0", "1.0-sp1", "1.0-zzz"};
        for (int i = 0; i + 1 < ordered.length; i++) {
            assertEquals(-1, cmp(ordered[i], ordered[i + 1]), ordered[i] + " < " + ordered[i + 1]);
        }
        assertEquals(0, cmp("1.0-cr1", "1.0-rc1"));
        assertEquals(0, cmp("1.0a1", "1.0-alpha-1"));
        assertEquals(0, cmp("1.0.RC1", "1.0-RC1"));
        assertEquals(0, cmp("6.4.4.Final", "6.4.4"));
        assertEquals(-1, cmp("1-1", "1.1"));
        assertTrue(Version.parse("4.1.0-M10").isPreRelease());
        assertFalse(Version.parse("2.13.0.RELEASE").isPreRelease());
        assertFalse(Version.parse("1.0-sp1").isPreRelease());
    }

    @Test
    void aMilestoneTenIsInsideARangeFromMilestoneThree() {
        VersionRange r = VersionRange.parse("[4.1.0-M3,)");
        assertTrue(r.contains(Version.parse("4.1.0-M10")));
        assertTrue(r.contains(Version.parse("4.1.0-RC1")));
        assertFalse(r.contains(Version.parse("4.1.0-M2")));
        assertTrue(VersionRange.parse("[1.0-rc2,1.0-rc10)").contains(Version.parse("1.0-rc9")));
    }
}
