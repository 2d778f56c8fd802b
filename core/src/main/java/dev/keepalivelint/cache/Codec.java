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
            out.writeUTF(p.reason());
        }
        out.writeInt(r.suppressions().size());
        for (Suppression s : r.suppressions()) {
            out.writeUTF(s.path());
            out.writeInt(s.fromLine());
            out.writeInt(s.toLine());
            out.writeInt(s.rules().size());
            for (String rule : s.rules()) {
                out.writeUTF(rule);
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
            problems.add(new Diagnostic(readLocation(in), in.readUTF()));
        }
        n = in.readInt();
        List<Suppression> suppressions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String path = in.readUTF();
            int from = in.readInt();
            int to = in.readInt();
            int rules = in.readInt();
            Set<String> ids = new HashSet<>();
            for (int j = 0; j < rules; j++) {
                ids.add(in.readUTF());
            }
            suppressions.add(new Suppression(path, from, to, ids, readNullable(in)));
        }
        int scanned = in.readInt();
        int parsed = in.readInt();
        return new ScanResult(observations, problems, suppressions, scanned, parsed);
    }

    private static void writeObservation(DataOutputStream out, Observation o) throws IOException {
        out.writeUTF(o.role().name());
        out.writeUTF(o.library());
        out.writeUTF(o.description());
        writeLocation(out, o.location());
        out.writeInt(o.settings().size());
        for (KeepaliveSetting s : o.settings()) {
            writeSetting(out, s);
        }
        writeNullable(out, o.profile());
        Map<SettingKind, Spelling> spellings = o.spellings();
        out.writeInt(spellings.size());
        for (Map.Entry<SettingKind, Spelling> e : spellings.entrySet()) {
            out.writeUTF(e.getKey().name());
            out.writeUTF(e.getValue().template());
            out.writeUTF(e.getValue().syntax().name());
        }
        writeNullable(out, o.group());
        out.writeInt(o.remarks().size());
        for (String r : o.remarks()) {
            out.writeUTF(r);
        }
        out.writeInt(o.notApplied().size());
        for (KeepaliveSetting s : o.notApplied()) {
            writeSetting(out, s);
        }
        writeNullable(out, o.version());
        out.writeInt(o.unsettable().size());
        for (SettingKind kind : o.unsettable()) {
            out.writeUTF(kind.name());
        }
        writeNullable(out, o.unknownOrigin());
    }

    private static Observation readObservation(DataInputStream in) throws IOException {
        Role role = Role.valueOf(in.readUTF());
        String library = in.readUTF();
        String description = in.readUTF();
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
            SettingKind kind = SettingKind.valueOf(in.readUTF());
            spellings.put(kind, new Spelling(in.readUTF(), Spelling.Syntax.valueOf(in.readUTF())));
        }
        String group = readNullable(in);
        n = in.readInt();
        List<String> remarks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            remarks.add(in.readUTF());
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
            unsettable.add(SettingKind.valueOf(in.readUTF()));
        }
        Observation o = new Observation(role, library, description, location, settings, profile, spellings, group,
            remarks, notApplied, version, unsettable);
        String unknownOrigin = readNullable(in);
        return unknownOrigin == null ? o : o.withUnknownOrigin(unknownOrigin);
    }

    private static void writeSetting(DataOutputStream out, KeepaliveSetting s) throws IOException {
        out.writeUTF(s.kind().name());
        out.writeBoolean(s.isResolved());
        writeValue(out, s.value());
        out.writeUTF(s.written());
        writeNullable(out, s.unresolvedReason());
        writeLocation(out, s.location());
        writeNullable(out, s.via());
    }

    private static KeepaliveSetting readSetting(DataInputStream in) throws IOException {
        SettingKind kind = SettingKind.valueOf(in.readUTF());
        boolean resolved = in.readBoolean();
        Object value = readValue(in);
        String written = in.readUTF();
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
            out.writeUTF(String.valueOf(v));
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        switch (in.readByte()) {
            case 0: return null;
            case 1: return Duration.ofSeconds(in.readLong(), in.readInt());
            case 2: return in.readBoolean();
            case 3: return in.readLong();
            case 4: return in.readUTF();
            default: throw new IOException("corrupt cache value");
        }
    }

    static void writeFindings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            out.writeUTF(f.ruleId());
            out.writeUTF(f.severity().name());
            writeLocation(out, f.location());
            out.writeUTF(f.message());
            writeNullable(out, f.fix());
            out.writeInt(f.related().size());
            for (RelatedLocation r : f.related()) {
                writeLocation(out, r.location());
                out.writeUTF(r.message());
            }
            out.writeUTF(f.subject());
        }
    }

    static List<Finding> readFindings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String rule = in.readUTF();
            Severity severity = Severity.valueOf(in.readUTF());
            Location location = readLocation(in);
            String message = in.readUTF();
            String fix = readNullable(in);
            int m = in.readInt();
            List<RelatedLocation> related = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                related.add(new RelatedLocation(readLocation(in), in.readUTF()));
            }
            out.add(new Finding(rule, severity, location, message, fix, related, in.readUTF()));
        }
        return out;
    }

    static void writeDescriptors(DataOutputStream out, List<RuleDescriptor> rules) throws IOException {
        out.writeInt(rules.size());
        for (RuleDescriptor r : rules) {
            out.writeUTF(r.id());
            out.writeUTF(r.defaultSeverity().name());
            out.writeUTF(r.summary());
            out.writeUTF(r.help());
        }
    }

    static List<RuleDescriptor> readDescriptors(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<RuleDescriptor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new RuleDescriptor(in.readUTF(), Severity.valueOf(in.readUTF()), in.readUTF(), in.readUTF()));
        }
        return out;
    }

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    static void writeLocation(DataOutputStream out, Location l) throws IOException {
        out.writeUTF(l.path());
        out.writeInt(l.line());
        out.writeInt(l.column());
    }

    static Location readLocation(DataInputStream in) throws IOException {
        return new Location(in.readUTF(), in.readInt(), in.readInt());
    }

    static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
