package dev.keepalivelint.cache;

import dev.keepalivelint.model.Sha256;
import dev.keepalivelint.scan.FileStamp;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.java.JavaResultStore;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incremental cache: what scanning each file produced, keyed by the file's content (with its size and
 * modification time as a shortcut, the way git's index works), valid only for the same plugin version, rules
 * and scan options. A Java file's entry also records the files whose constants it used, so that changing a
 * constant rescans the files that read it. A cache that cannot be read is ignored; it never fails a build.
 */
public final class ScanCache implements JavaResultStore {
    // 2: observations carry the settings a framework does not apply; 3: and the version an image tag gives;
    // 4: and the unknown origin of a builder whose creation is not in sight; 5: and deferred Java files,
    // configuration keyed by content; 6: and the settings that cannot be given in the version in use
    private static final int FORMAT = 6;
    private static final String FILE_NAME = "scan-cache.bin";

    private final Path file;
    private final String identity;
    private final Map<String, JavaEntry> java = new ConcurrentHashMap<>();
    private volatile String configKey;
    /** The configuration files' paths and content hashes: matches a checkout where only the stamps changed. */
    private volatile String configContentKey;
    private volatile ScanResult configResult;
    /** Whether anything changed since loading: an unchanged cache is not written again. */
    private volatile boolean changed;

    private ScanCache(Path dir, String identity) {
        this.file = dir.resolve(FILE_NAME);
        this.identity = identity;
    }

    /**
     * The cache in {@code dir} if it was written for the same {@code identity} (plugin version, rules
     * fingerprint, options), else an empty one. Never throws.
     */
    public static ScanCache load(Path dir, String identity) {
        ScanCache cache = new ScanCache(dir, identity);
        if (!Files.isRegularFile(cache.file)) {
            return cache;
        }
        try (InputStream raw = Files.newInputStream(cache.file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != FORMAT || !Codec.readUtf(in).equals(identity)) {
                return cache;
            }
            int n = in.readInt();
            Map<String, JavaEntry> entries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = Codec.readUtf(in);
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
                String hash = Codec.readNullable(in);
                ScanResult result = in.readBoolean() ? Codec.readResult(in) : ScanResult.empty();
                int deps = in.readInt();
                Map<String, Dependency> dependencies = new HashMap<>();
                for (int j = 0; j < deps; j++) {
                    String dep = Codec.readUtf(in);
                    dependencies.put(dep, new Dependency(new FileStamp(in.readLong(), in.readLong()), Codec.readUtf(in)));
                }
                int misses = in.readInt();
                Set<String> missing = new HashSet<>();
                for (int j = 0; j < misses; j++) {
                    missing.add(Codec.readUtf(in));
                }
                boolean deferred = in.readBoolean();
                entries.put(path, deferred ? JavaEntry.deferred(stamp)
                    : new JavaEntry(stamp, hash, result, dependencies, missing));
            }
            String key = Codec.readNullable(in);
            String contentKey = Codec.readNullable(in);
            ScanResult config = in.readBoolean() ? Codec.readResult(in) : null;
            cache.java.putAll(entries);
            cache.configKey = key;
            cache.configContentKey = contentKey;
            cache.configResult = config;
        } catch (IOException | RuntimeException e) {
            cache.java.clear();
            cache.configKey = null;
            cache.configResult = null;
        }
        return cache;
    }

    /** Writes the cache, replacing the previous file in one move; a failure only costs the next run's speed. */
    public void save() {
        if (!changed) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(FORMAT);
                Codec.writeUtf(out, identity);
                out.writeInt(java.size());
                for (Map.Entry<String, JavaEntry> e : java.entrySet()) {
                    JavaEntry v = e.getValue();
                    Codec.writeUtf(out, e.getKey());
                    out.writeLong(v.stamp().size());
                    out.writeLong(v.stamp().modified());
                    Codec.writeNullable(out, v.hash());
                    boolean hasResult = !isEmpty(v.result());
                    out.writeBoolean(hasResult);
                    if (hasResult) {
                        Codec.writeResult(out, v.result());
                    }
                    out.writeInt(v.dependencies().size());
                    for (Map.Entry<String, Dependency> d : v.dependencies().entrySet()) {
                        Codec.writeUtf(out, d.getKey());
                        out.writeLong(d.getValue().stamp().size());
                        out.writeLong(d.getValue().stamp().modified());
                        Codec.writeUtf(out, d.getValue().hash());
                    }
                    out.writeInt(v.missingClasses().size());
                    for (String m : v.missingClasses()) {
                        Codec.writeUtf(out, m);
                    }
                    out.writeBoolean(v.isDeferred());
                }
                Codec.writeNullable(out, configKey);
                Codec.writeNullable(out, configContentKey);
                out.writeBoolean(configResult != null);
                if (configResult != null) {
                    Codec.writeResult(out, configResult);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: the next run is simply cold.
        }
    }

    private static boolean isEmpty(ScanResult r) {
        return r.observations().isEmpty() && r.problems().isEmpty() && r.suppressions().isEmpty();
    }

    @Override
    public JavaEntry java(String path) {
        return java.get(path);
    }

    @Override
    public void putJava(String path, JavaEntry entry) {
        java.put(path, entry);
        changed = true;
    }

    /** Forgets the entries of files that no longer exist. */
    @Override
    public void retainJava(Collection<String> paths) {
        // Every current file has an entry by now, so equal sizes mean there is nothing to forget.
        if (java.size() != paths.size() && java.keySet().retainAll(new HashSet<>(paths))) {
            changed = true;
        }
    }

    /** The cached configuration scan for {@code key} (the configuration files and their stamps), or null. */
    public ScanResult config(String key) {
        return key.equals(configKey) ? configResult : null;
    }

    public void putConfig(String key, ScanResult result) {
        putConfig(key, null, result);
    }

    /**
     * Stores the configuration scan under {@code key} (paths and stamps) and {@code contentKey} (paths and content
     * hashes, may be null): a fresh checkout has new stamps but the same content.
     */
    public void putConfig(String key, String contentKey, ScanResult result) {
        this.configKey = key;
        this.configContentKey = contentKey;
        this.configResult = result;
        changed = true;
    }

    /**
     * The cached configuration scan when only the stamps moved: {@code contentKey} matches. The entry is then
     * stored under the new {@code key}, so the next run need not hash again.
     */
    public ScanResult configByContent(String key, String contentKey) {
        ScanResult r = contentKey != null && contentKey.equals(configContentKey) ? configResult : null;
        if (r != null) {
            putConfig(key, contentKey, r);
        }
        return r;
    }

    /** SHA-256 of some bytes, hex. */
    public static String hash(byte[] content) {
        return Sha256.hex(content);
    }
}
