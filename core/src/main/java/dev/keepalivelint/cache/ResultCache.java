package dev.keepalivelint.cache;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Sha256;
import dev.keepalivelint.scan.FileStamp;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole result of the last lint, with everything it was computed from: the identity of the run (engine,
 * rules, options; a hash the engine computes without loading the rules) and every input file's stamp and content
 * hash. When nothing moved, the stored result is the result, and nothing is read, parsed or built. A file whose
 * stamp moved counts as unchanged when its content hash is the same (a restored cache in a fresh checkout).
 *
 * <p>A result is stored only when no input could have changed unseen: a file modified within {@link #RACY_MILLIS}
 * of the walk that found it may have been written again within its stamp's granularity (git's "racy" entries), so
 * such a run stores nothing and the next run takes the normal path. Any doubt (a file that cannot be read, a
 * cache that cannot be decoded) is a miss; the cache never fails a build.
 */
public final class ResultCache {
    private static final int FORMAT = 1;
    private static final String FILE_NAME = "result-cache.bin";
    /** How close to the walk a modification time must be for the file to count as possibly still being written. */
    static final long RACY_MILLIS = 2000;

    private ResultCache() {
    }

    /** One input of a run: a file the lint read (or looked for: then {@code stamp} is null, it was absent). */
    public static final class Input {
        private final String key;
        private final Path file;
        private final FileStamp stamp;
        private final String knownHash;

        /**
         * @param key       what identifies the input in the record (its display path), unique within a run
         * @param stamp     size and modification time as the walk saw them; null for a file looked for and absent
         * @param knownHash the hash of the content the run read (the scanner's), or null: then the file is read
         *                  to record it, unless the previous record has it under the same stamp
         */
        public Input(String key, Path file, FileStamp stamp, String knownHash) {
            this.key = key;
            this.file = file;
            this.stamp = stamp;
            this.knownHash = knownHash;
        }
    }

    /** What the engine stores of a result (before any baseline, which is applied on every run). */
    public static final class Stored {
        private final List<Finding> findings;
        private final List<Finding> suppressed;
        private final List<RuleDescriptor> rules;
        private final List<String> notes;
        private final String rulesVersion;
        private final int filesScanned;

        public Stored(List<Finding> findings, List<Finding> suppressed, List<RuleDescriptor> rules, List<String> notes,
                      String rulesVersion, int filesScanned) {
            this.findings = findings;
            this.suppressed = suppressed;
            this.rules = rules;
            this.notes = notes;
            this.rulesVersion = rulesVersion;
            this.filesScanned = filesScanned;
        }

        public List<Finding> findings() {
            return findings;
        }

        public List<Finding> suppressed() {
            return suppressed;
        }

        public List<RuleDescriptor> rules() {
            return rules;
        }

        public List<String> notes() {
            return notes;
        }

        public String rulesVersion() {
            return rulesVersion;
        }

        public int filesScanned() {
            return filesScanned;
        }
    }

    /** A recorded input: its stamp (null: absent) and content hash ("" for an absent file). */
    private static final class Recorded {
        final String key;
        final FileStamp stamp;
        final String hash;

        Recorded(String key, FileStamp stamp, String hash) {
            this.key = key;
            this.stamp = stamp;
            this.hash = hash;
        }
    }

    /** Whether {@code dir} holds a stored result at all (for any identity or inputs): false on a cold run. */
    public static boolean holdsAResult(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    /**
     * The stored result when the record in {@code dir} was written for {@code identity} and exactly these inputs,
     * in this order, each with the same stamp or the same content; else null. Inputs found by content under a new
     * stamp are stamped anew in the record, so the next run need not hash them again.
     */
    public static Stored lookup(Path dir, String identity, List<Input> inputs, long walkStartMillis) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != FORMAT || !Codec.readUtf(in).equals(identity) || in.readInt() != inputs.size()) {
                return null;
            }
            List<Recorded> now = new ArrayList<>(inputs.size());
            boolean restamped = false;
            for (Input input : inputs) {
                String key = Codec.readUtf(in);
                boolean present = in.readBoolean();
                FileStamp stamp = present ? new FileStamp(in.readLong(), in.readLong()) : null;
                String hash = Codec.readUtf(in);
                if (!key.equals(input.key) || present != (input.stamp != null)) {
                    return null;
                }
                if (present && !stamp.equals(input.stamp)) {
                    if (stamp.size() != input.stamp.size() || !hash.equals(hashOf(input.file))) {
                        return null;
                    }
                    restamped = true;
                    // A file still being written keeps its old stamp: it is hashed again next time.
                    stamp = isRacy(input.stamp, walkStartMillis) ? stamp : input.stamp;
                }
                now.add(new Recorded(key, stamp, hash));
            }
            Stored stored = new Stored(Codec.readFindings(in), Codec.readFindings(in), Codec.readDescriptors(in),
                Codec.readStrings(in), Codec.readUtf(in), in.readInt());
            if (restamped) {
                write(file, identity, now, stored);
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Records {@code result} as what {@code identity} and {@code inputs} give. Content hashes are taken from the
     * previous record where the stamp is the same, else from the input (what the run read), else computed. Nothing is stored (and the previous record is
     * dropped) when an input may have changed during the run or cannot be read.
     */
    public static void store(Path dir, String identity, List<Input> inputs, long walkStartMillis, Stored result) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Map<String, Recorded> previous = previous(file);
            List<Recorded> records = new ArrayList<>(inputs.size());
            for (Input input : inputs) {
                if (input.stamp == null) {
                    records.add(new Recorded(input.key, null, ""));
                    continue;
                }
                if (isRacy(input.stamp, walkStartMillis)) {
                    Files.deleteIfExists(file);
                    return;
                }
                Recorded before = previous.get(input.key);
                String hash = before != null && input.stamp.equals(before.stamp) ? before.hash : input.knownHash;
                if (hash == null) {
                    hash = hashOf(input.file);
                    // Changed since the walk: the result may be of other content than the hash.
                    if (!input.stamp.equals(FileStamp.of(input.file))) {
                        Files.deleteIfExists(file);
                        return;
                    }
                }
                records.add(new Recorded(input.key, input.stamp, hash));
            }
            Files.createDirectories(dir);
            write(file, identity, records, result);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException ignored) {
                // The next run finds a record it cannot decode and takes the normal path.
            }
        }
    }

    private static boolean isRacy(FileStamp stamp, long walkStartMillis) {
        return stamp.modified() / 1_000_000L >= walkStartMillis - RACY_MILLIS;
    }

    private static String hashOf(Path file) throws IOException {
        return Sha256.hex(Files.readAllBytes(file));
    }

    /** The previous record's inputs by key (any identity: a content hash does not depend on it); empty when none. */
    private static Map<String, Recorded> previous(Path file) {
        Map<String, Recorded> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return out;
            }
            Codec.readUtf(in);
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = Codec.readUtf(in);
                FileStamp stamp = in.readBoolean() ? new FileStamp(in.readLong(), in.readLong()) : null;
                out.put(key, new Recorded(key, stamp, Codec.readUtf(in)));
            }
        } catch (IOException | RuntimeException e) {
            out.clear();
        }
        return out;
    }

    private static void write(Path file, String identity, List<Recorded> records, Stored r) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(FORMAT);
                Codec.writeUtf(out, identity);
                out.writeInt(records.size());
                for (Recorded rec : records) {
                    Codec.writeUtf(out, rec.key);
                    out.writeBoolean(rec.stamp != null);
                    if (rec.stamp != null) {
                        out.writeLong(rec.stamp.size());
                        out.writeLong(rec.stamp.modified());
                    }
                    Codec.writeUtf(out, rec.hash);
                }
                Codec.writeFindings(out, r.findings);
                Codec.writeFindings(out, r.suppressed);
                Codec.writeDescriptors(out, r.rules);
                Codec.writeStrings(out, r.notes);
                Codec.writeUtf(out, r.rulesVersion);
                out.writeInt(r.filesScanned);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
