package dev.keepalivelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

    private static Version v(String s) {
        return Version.parse(s);
    }

    @Test
    void versionsCompareNumericallyWithPreReleasesFirst() {
        assertTrue(v("1.10.0").compareTo(v("1.9.3")) > 0);
        assertTrue(v("0.5.4").compareTo(v("0.5.4-SNAPSHOT")) > 0);
        assertTrue(v("3.2.0-M1").compareTo(v("3.2.0")) < 0);
        assertEquals(0, v("2.13.0.RELEASE").compareTo(v("2.13.0")));
        assertEquals(0, v("1.3").compareTo(v("1.3.0")));
        assertEquals(null, Version.parse("latest"));
    }

    @Test
    void boundsAndInclusivity() {
        VersionRange r = VersionRange.parse("[0.5.4,0.6.0)");
        assertTrue(r.contains(v("0.5.4")));
        assertTrue(r.contains(v("0.5.99")));
        assertFalse(r.contains(v("0.6.0")));
        assertFalse(r.contains(v("0.5.3")));
        assertTrue(VersionRange.parse("(,1.3.0)").contains(v("1.2.9")));
        assertFalse(VersionRange.parse("(,1.3.0)").contains(v("1.3.0")));
        assertTrue(VersionRange.parse("[1.3.0,)").contains(v("1.83.1")));
        assertTrue(VersionRange.parse("[3.3.0]").contains(v("3.3")));
    }

    @Test
    void overlap() {
        assertFalse(VersionRange.parse("(,0.5.4)").overlaps(VersionRange.parse("[0.5.4,)")));
        assertTrue(VersionRange.parse("(,0.5.4]").overlaps(VersionRange.parse("[0.5.4,)")));
        assertTrue(VersionRange.parse("[1.0,2.0)").overlaps(VersionRange.parse("[1.5,3.0)")));
        assertFalse(VersionRange.parse("[1.0,2.0)").overlaps(VersionRange.parse("[2.0,3.0)")));
    }

    @Test
    void malformedRangesSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[2.0,1.0)"))
            .getMessage().contains("contains no version"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[,1.0)"))
            .getMessage().contains("open end"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[1.0,2.0"))
            .getMessage().contains("must end"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[a,b)"))
            .getMessage().contains("is not a version"));
    }

    @Test
    void describedForMessages() {
        assertEquals("3.3.0 or later", VersionRange.describe("[3.3.0,)"));
        assertEquals("before 0.5.4", VersionRange.describe("(,0.5.4)"));
        assertEquals("0.5.4 to 0.5.5 (exclusive)", VersionRange.describe("[0.5.4,0.5.5)"));
    }
}
