package dev.keepalivelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.rules.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.junit.jupiter.api.Test;

/**
 * The engine's {@link Version} orders versions as Maven does: Maven's own {@code ComparableVersion} (from the
 * maven-artifact the build provides, test scope only) is the oracle. It lives in the plugin's tests because core
 * must not see org.apache.maven at all.
 */
class VersionOrderOracleTest {
    private static final String[] REAL = {
        "1.0", "1", "1.0.0", "1.0.1", "1.1", "1.10", "1.9.3", "1.83.1", "0.5.4", "0.5.4-SNAPSHOT", "0.5.5",
        "2.13.0.RELEASE", "2.13", "2.12.0.RELEASE", "3.1.0.RELEASE", "3.2.0-M1", "3.2.0", "3.2.0-RC1",
        "4.1.0-M3", "4.1.0-M9", "4.1.0-M10", "4.1.0-RC1", "4.1.0-RC2", "4.1.0-RC10", "4.1.0", "4.1.0-SNAPSHOT",
        "1.0-alpha-1", "1.0a1", "1.0-alpha1", "1.0-beta-2", "1.0b2", "1.0-m1", "1.0-milestone-1", "1.0-cr1",
        "1.0-rc1", "1.0-rc-1", "1.0.RC1", "1.0-ga", "1.0.Final", "1.0-final", "1.0-sp1", "1.0-sp", "1.0-foo",
        "1.0-bar", "1-1", "1.0-1", "1.0.0.Final", "5.0.0.Beta1", "5.0.0.CR2", "6.4.4.Final", "9.4.53.v20231009",
        "1.0.0-beta.2", "1.0.0-beta.11", "1.0.x1", "1.0-x2", "1.0x", "1.0-x", "1.0.a", "1.0-a", "1.0-alpha",
        "3.33.2", "3.34.1", "3.38.3", "1.2.3-rc1-SNAPSHOT", "1.2.3-rc1", "2.0.0-M1-SNAPSHOT", "10", "9",
        "0.0.1", "0.0.0", "1.0.0-0", "20231009", "1.2.3.4.5", "1.2.3.4.6", "1.0-20231009.121314-5",
    };

    @Test
    void realVersionsOrderAsMavenOrdersThem() {
        List<String> mismatches = new ArrayList<>();
        for (String a : REAL) {
            for (String b : REAL) {
                compare(a, b, mismatches);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void generatedVersionsOrderAsMavenOrdersThem() {
        String[] qualifiers = {"alpha", "a", "beta", "b", "M", "m", "milestone", "RC", "rc", "CR", "cr", "SNAPSHOT",
            "Final", "GA", "RELEASE", "sp", "SP", "foo", "x", "pre", "dev"};
        String[] separators = {".", "-", ""};
        Random random = new Random(20261201L);
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder v = new StringBuilder().append(random.nextInt(4));
            for (int parts = random.nextInt(3); parts > 0; parts--) {
                v.append('.').append(random.nextInt(12));
            }
            if (random.nextInt(3) > 0) {
                v.append(separators[random.nextInt(2)]).append(qualifiers[random.nextInt(qualifiers.length)]);
                if (random.nextBoolean()) {
                    v.append(separators[random.nextInt(3)]).append(random.nextInt(12));
                }
            }
            if (random.nextInt(6) == 0) {
                v.append("-SNAPSHOT");
            }
            versions.add(v.toString());
        }
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = 0; j < versions.size(); j += 1 + random.nextInt(7)) {
                compare(versions.get(i), versions.get(j), mismatches);
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
    }

    private static void compare(String a, String b, List<String> mismatches) {
        int expected = Integer.signum(new ComparableVersion(a).compareTo(new ComparableVersion(b)));
        int actual = Integer.signum(Version.parse(a).compareTo(Version.parse(b)));
        if (expected != actual) {
            mismatches.add(a + " vs " + b + ": Maven " + expected + ", keepalive-lint " + actual);
        }
    }
}
