package dev.keepalivelint.scan.java;

import dev.keepalivelint.scan.FileStamp;
import dev.keepalivelint.scan.ScanResult;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Where the Java scanner keeps what each file produced, to skip unchanged files on the next run. Defined here
 * and implemented by the incremental cache, so the scanner does not depend on the cache (the cache depends on
 * the scanner's types instead).
 */
public interface JavaResultStore {

    /** The entry for a file (by display path), or null. */
    JavaEntry java(String path);

    void putJava(String path, JavaEntry entry);

    /** Forgets the entries of files not among {@code paths} (they no longer exist). */
    void retainJava(Collection<String> paths);

    /** A file another file's result depends on, as it was when the result was computed. */
    final class Dependency {
        private final FileStamp stamp;
        private final String hash;

        public Dependency(FileStamp stamp, String hash) {
            this.stamp = stamp;
            this.hash = hash;
        }

        public FileStamp stamp() {
            return stamp;
        }

        public String hash() {
            return hash;
        }
    }

    /** What scanning one Java file produced. */
    final class JavaEntry {
        private final FileStamp stamp;
        private final String hash;
        private final ScanResult result;
        private final Map<String, Dependency> dependencies;
        private final Set<String> missingClasses;
        private final boolean deferred;

        /**
         * @param hash           content hash, or null for a file the pre-filter skipped (its stamp is enough)
         * @param dependencies   other files whose constants the result used, by path
         * @param missingClasses class names looked up and not found; the entry is stale once one appears
         */
        public JavaEntry(FileStamp stamp, String hash, ScanResult result, Map<String, Dependency> dependencies,
                         Set<String> missingClasses) {
            this(stamp, hash, result, dependencies, missingClasses, false);
        }

        private JavaEntry(FileStamp stamp, String hash, ScanResult result, Map<String, Dependency> dependencies,
                          Set<String> missingClasses, boolean deferred) {
            this.stamp = stamp;
            this.hash = hash;
            this.result = result;
            this.dependencies = Map.copyOf(dependencies);
            this.missingClasses = Set.copyOf(missingClasses);
            this.deferred = deferred;
        }

        /**
         * A file the scanner set aside without parsing (it matters only if a client can meet a server it builds):
         * the next run sets it aside again while its stamp is unchanged, without reading it.
         */
        public static JavaEntry deferred(FileStamp stamp) {
            return new JavaEntry(stamp, null, ScanResult.empty(), Map.of(), Set.of(), true);
        }

        /** Whether the file was set aside unparsed; its result is then empty and means nothing. */
        public boolean isDeferred() {
            return deferred;
        }

        public FileStamp stamp() {
            return stamp;
        }

        public String hash() {
            return hash;
        }

        public ScanResult result() {
            return result;
        }

        public Map<String, Dependency> dependencies() {
            return dependencies;
        }

        public Set<String> missingClasses() {
            return missingClasses;
        }

        /** The same entry found unchanged under a new stamp (the file was touched, not edited). */
        public JavaEntry restamped(FileStamp newStamp) {
            return new JavaEntry(newStamp, hash, result, dependencies, missingClasses);
        }
    }
}
