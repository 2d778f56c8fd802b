package dev.keepalivelint.cli.versions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency versions a directory's build files declare, by "groupId:artifactId", with the file each came
 * from. A version stated for a dependency wins over one only managed (Maven's dependencyManagement); the first
 * file (in path order) wins over later ones, and a different version elsewhere is noted. Dependencies declared
 * without a version the directory can tell are kept apart, so that the caller can say which library stays
 * unknown and why.
 */
public final class DeclaredVersions {
    /** A version and where it was read. */
    public static final class Found {
        private final String version;
        private final String from;

        Found(String version, String from) {
            this.version = version;
            this.from = from;
        }

        public String version() {
            return version;
        }

        /** The file it was read from, relative to the base directory, or the option that gave it. */
        public String from() {
            return from;
        }
    }

    private final Map<String, Found> declared = new LinkedHashMap<>();
    private final Map<String, Found> managed = new LinkedHashMap<>();
    private final Map<String, String> unknown = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void declare(String artifact, String version, String from) {
        put(declared, artifact, version, from);
    }

    void manage(String artifact, String version, String from) {
        put(managed, artifact, version, from);
    }

    /** A dependency whose version cannot be told from the directory (a parent or BOM elsewhere, a ${property} not set). */
    void unknown(String artifact, String from) {
        unknown.putIfAbsent(artifact, from);
    }

    void note(String note) {
        notes.add(note);
    }

    /** Sets a version given on the command line; it replaces whatever the files say. */
    public void override(String artifact, String version, String from) {
        declared.put(artifact, new Found(version, from));
    }

    private void put(Map<String, Found> map, String artifact, String version, String from) {
        Found before = map.get(artifact);
        if (before == null) {
            map.put(artifact, new Found(version, from));
        } else if (!before.version.equals(version)) {
            notes.add(artifact + " is " + before.version + " in " + before.from + " and " + version + " in " + from
                + "; " + before.version + " is used");
        }
    }

    /** Every known version: declared ones, then managed ones for artifacts not declared with a version. */
    public Map<String, Found> versions() {
        Map<String, Found> out = new LinkedHashMap<>(declared);
        managed.forEach(out::putIfAbsent);
        return Collections.unmodifiableMap(out);
    }

    /** Dependencies declared without a version the directory can tell, with the file that declares them. */
    public Map<String, String> unknown() {
        Map<String, String> out = new LinkedHashMap<>(unknown);
        out.keySet().removeAll(versions().keySet());
        return Collections.unmodifiableMap(out);
    }

    /** What could not be read, and conflicting versions. */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
