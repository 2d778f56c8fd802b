package dev.keepalivelint.cache;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.ScanResult;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes and reads scan results in a compact binary form for the incremental cache. */
final class Codec {
    private Codec() {
    }

    static void writeResult(DataOutputStream out, ScanResult r) throws IOException {
        out.writeInt(r.observations().size());
        for (Observation o : r.observations()) {
            writeObservation(out, o);
        }
        out.writeInt(r.problems().size());
        for (Diagnostic p : r.problems()) {
            writeLocation(out, p.location());
            writeUtf(out, p.reason());
        }
        out.writeInt(r.suppressions().size());
        for (Suppression s : r.suppressions()) {
            writeUtf(out, s.path());
            out.writeInt(s.fromLine());
            out.writeInt(s.toLine());
            out.writeInt(s.rules().size());
            for (String rule : s.rules()) {
                writeUtf(out, rule);
            }
            writeNullable(out, s.reason());
        }
        out.writeInt(r.filesScanned());
        out.writeInt(r.filesParsed());
    }

    static ScanResult readResult(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Observation> observations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            observations.add(readObservation(in));
        }
        n = in.readInt();
        List<Diagnostic> problems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            problems.add(new Diagnostic(readLocation(in), readUtf(in)));
        }
        n = in.readInt();
        List<Suppression> suppressions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String path = readUtf(in);
            int from = in.readInt();
            int to = in.readInt();
            int rules = in.readInt();
            Set<String> ids = new HashSet<>();
            for (int j = 0; j < rules; j++) {
                ids.add(readUtf(in));
            }
            suppressions.add(new Suppression(path, from, to, ids, readNullable(in)));
        }
        int scanned = in.readInt();
        int parsed = in.readInt();
        return new ScanResult(observations, problems, suppressions, scanned, parsed);
    }

    private static void writeObservation(DataOutputStream out, Observation o) throws IOException {
        writeUtf(out, o.role().name());
        writeUtf(out, o.library());
        writeUtf(out, o.description());
        writeLocation(out, o.location());
        out.writeInt(o.settings().size());
        for (KeepaliveSetting s : o.settings()) {
            writeSetting(out, s);
        }
        writeNullable(out, o.profile());
        Map<SettingKind, Spelling> spellings = o.spellings();
        out.writeInt(spellings.size());
        for (Map.Entry<SettingKind, Spelling> e : spellings.entrySet()) {
            writeUtf(out, e.getKey().name());
            writeUtf(out, e.getValue().template());
            writeUtf(out, e.getValue().syntax().name());
        }
        writeNullable(out, o.group());
        out.writeInt(o.remarks().size());
        for (String r : o.remarks()) {
            writeUtf(out, r);
        }
        out.writeInt(o.notApplied().size());
        for (KeepaliveSetting s : o.notApplied()) {
            writeSetting(out, s);
        }
        writeNullable(out, o.version());
        out.writeInt(o.unsettable().size());
        for (SettingKind kind : o.unsettable()) {
            writeUtf(out, kind.name());
        }
        writeNullable(out, o.unknownOrigin());
    }

    private static Observation readObservation(DataInputStream in) throws IOException {
        Role role = Role.valueOf(readUtf(in));
        String library = readUtf(in);
        String description = readUtf(in);
        Location location = readLocation(in);
        int n = in.readInt();
        List<KeepaliveSetting> settings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            settings.add(readSetting(in));
        }
        String profile = readNullable(in);
        n = in.readInt();
        Map<SettingKind, Spelling> spellings = new EnumMap<>(SettingKind.class);
        for (int i = 0; i < n; i++) {
            SettingKind kind = SettingKind.valueOf(readUtf(in));
            spellings.put(kind, new Spelling(readUtf(in), Spelling.Syntax.valueOf(readUtf(in))));
        }
        String group = readNullable(in);
        n = in.readInt();
        List<String> remarks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            remarks.add(readUtf(in));
        }
        n = in.readInt();
        List<KeepaliveSetting> notApplied = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            notApplied.add(readSetting(in));
        }
        String version = readNullable(in);
        n = in.readInt();
        Set<SettingKind> unsettable = EnumSet.noneOf(SettingKind.class);
        for (int i = 0; i < n; i++) {
            unsettable.add(SettingKind.valueOf(readUtf(in)));
        }
        Observation o = new Observation(role, library, description, location, settings, profile, spellings, group,
            remarks, notApplied, version, unsettable);
        String unknownOrigin = readNullable(in);
        return unknownOrigin == null ? o : o.withUnknownOrigin(unknownOrigin);
    }

    private static void writeSetting(DataOutputStream out, KeepaliveSetting s) throws IOException {
        writeUtf(out, s.kind().name());
        out.writeBoolean(s.isResolved());
        writeValue(out, s.value());
        writeUtf(out, s.written());
        writeNullable(out, s.unresolvedReason());
        writeLocation(out, s.location());
        writeNullable(out, s.via());
    }

    private static KeepaliveSetting readSetting(DataInputStream in) throws IOException {
        SettingKind kind = SettingKind.valueOf(readUtf(in));
        boolean resolved = in.readBoolean();
        Object value = readValue(in);
        String written = readUtf(in);
        String reason = readNullable(in);
        Location location = readLocation(in);
        String via = readNullable(in);
        return resolved ? KeepaliveSetting.resolved(kind, value, written, location, via)
            : KeepaliveSetting.unresolved(kind, written, reason, location);
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof Duration) {
            out.writeByte(1);
            out.writeLong(((Duration) v).getSeconds());
            out.writeInt(((Duration) v).getNano());
        } else if (v instanceof Boolean) {
            out.writeByte(2);
            out.writeBoolean((Boolean) v);
        } else if (v instanceof Long) {
            out.writeByte(3);
            out.writeLong((Long) v);
        } else {
            out.writeByte(4);
            writeUtf(out, String.valueOf(v));
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        switch (in.readByte()) {
            case 0: return null;
            case 1: return Duration.ofSeconds(in.readLong(), in.readInt());
            case 2: return in.readBoolean();
            case 3: return in.readLong();
            case 4: return readUtf(in);
            default: throw new IOException("corrupt cache value");
        }
    }

    static void writeFindings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            writeUtf(out, f.ruleId());
            writeUtf(out, f.severity().name());
            writeLocation(out, f.location());
            writeUtf(out, f.message());
            writeNullable(out, f.fix());
            out.writeInt(f.related().size());
            for (RelatedLocation r : f.related()) {
                writeLocation(out, r.location());
                writeUtf(out, r.message());
            }
            writeUtf(out, f.subject());
        }
    }

    static List<Finding> readFindings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String rule = readUtf(in);
            Severity severity = Severity.valueOf(readUtf(in));
            Location location = readLocation(in);
            String message = readUtf(in);
            String fix = readNullable(in);
            int m = in.readInt();
            List<RelatedLocation> related = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                related.add(new RelatedLocation(readLocation(in), readUtf(in)));
            }
            out.add(new Finding(rule, severity, location, message, fix, related, readUtf(in)));
        }
        return out;
    }

    static void writeDescriptors(DataOutputStream out, List<RuleDescriptor> rules) throws IOException {
        out.writeInt(rules.size());
        for (RuleDescriptor r : rules) {
            writeUtf(out, r.id());
            writeUtf(out, r.defaultSeverity().name());
            writeUtf(out, r.summary());
            writeUtf(out, r.help());
        }
    }

    static List<RuleDescriptor> readDescriptors(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<RuleDescriptor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new RuleDescriptor(readUtf(in), Severity.valueOf(readUtf(in)), readUtf(in), readUtf(in)));
        }
        return out;
    }

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeUtf(out, s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readUtf(in));
        }
        return out;
    }

    static void writeLocation(DataOutputStream out, Location l) throws IOException {
        writeUtf(out, l.path());
        out.writeInt(l.line());
        out.writeInt(l.column());
    }

    static Location readLocation(DataInputStream in) throws IOException {
        return new Location(readUtf(in), in.readInt(), in.readInt());
    }

    static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeUtf(out, s);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readUtf(in) : null;
    }

    /**
     * The bytes of {@link DataOutputStream#writeUTF}, copied rather than encoded char by char when the text is
     * ASCII without NUL (paths, hashes: nearly every string the caches hold): in a fresh JVM writeUTF's two loops
     * of charAt run interpreted over most of the 25,000 strings of a 12,000-file record. Other text goes through
     * writeUTF, so the format is writeUTF's either way.
     */
    static void writeUtf(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length == s.length() && b.length <= 0xffff && isAsciiWithoutNul(b, s)) {
            out.writeShort(b.length);
            out.write(b);
        } else {
            out.writeUTF(s);
        }
    }

    /** Whether each char is the byte: 1 to 127, and a '?' is a real one, not a char ISO-8859-1 could not encode. */
    private static boolean isAsciiWithoutNul(byte[] b, String s) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] <= 0 || b[i] == '?' && s.charAt(i) != '?') {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@link DataInputStream#readUTF} reads, decoded as ISO-8859-1 when every byte is ASCII (where modified
     * UTF-8 and ISO-8859-1 agree byte for char); other text is decoded by readUTF.
     */
    static String readUtf(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] b = new byte[length];
        in.readFully(b);
        for (byte c : b) {
            if (c < 0) {
                byte[] framed = new byte[length + 2];
                framed[0] = (byte) (length >>> 8);
                framed[1] = (byte) length;
                System.arraycopy(b, 0, framed, 2, length);
                return DataInputStream.readUTF(new DataInputStream(new java.io.ByteArrayInputStream(framed)));
            }
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
