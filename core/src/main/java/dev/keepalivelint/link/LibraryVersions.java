package dev.keepalivelint.link;

import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;
import java.util.HashMap;
import java.util.Map;

/** The version of each library the project uses, read from its resolved dependencies through the rules file's artifact lists. */
public final class LibraryVersions {
    private final Map<String, String> byLibrary = new HashMap<>();

    /**
     * @param dependencies resolved dependency versions by "groupId:artifactId"
     */
    public LibraryVersions(RuleBook rules, Map<String, String> dependencies) {
        for (Library library : rules.libraries().values()) {
            for (String artifact : library.artifacts()) {
                String v = dependencies.get(artifact);
                if (v != null) {
                    byLibrary.putIfAbsent(library.id(), v);
                }
            }
        }
    }

    /** Ids of the libraries the project depends on. */
    public java.util.Set<String> inUse() {
        return java.util.Collections.unmodifiableSet(byLibrary.keySet());
    }

    /** The version of library {@code id} in use, or null when the project does not depend on it (or it is unknown). */
    public String of(String id) {
        return byLibrary.get(id);
    }
}
