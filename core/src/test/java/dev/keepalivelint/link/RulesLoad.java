package dev.keepalivelint.link;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.rules.RuleBookLoader;
import dev.keepalivelint.rules.RulesFileException;
import java.nio.file.Paths;
import java.util.List;

/** Loading a user rules fixture that must fail. */
final class RulesLoad {
    private RulesLoad() {
    }

    static void assertFails(String fixture, String where, String... fragments) {
        RulesFileException e = assertThrows(RulesFileException.class,
            () -> RuleBookLoader.loadWith(List.of(Paths.get("src/test/resources/rules", fixture))));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains(where), all);
        for (String f : fragments) {
            assertTrue(all.contains(f), f + " missing from " + all);
        }
    }
}
