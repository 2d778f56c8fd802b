package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML, the format Jenkins warnings-ng, SonarQube and many other tools read: findings grouped by
 * file, with line, column, severity, message and the rule as source ({@code keepalive-lint.<rule-id>}).
 */
public final class CheckstyleReport {
    private CheckstyleReport() {
    }

    public static String render(LintResult result) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.location().path(), k -> new java.util.ArrayList<>()).add(f);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("checkstyle");
            w.writeAttribute("version", "4.3");
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                w.writeCharacters("\n  ");
                w.writeStartElement("file");
                w.writeAttribute("name", xml(e.getKey()));
                for (Finding f : e.getValue()) {
                    w.writeCharacters("\n    ");
                    w.writeEmptyElement("error");
                    w.writeAttribute("line", String.valueOf(Math.max(0, f.location().line())));
                    if (f.location().column() > 0) {
                        w.writeAttribute("column", String.valueOf(f.location().column()));
                    }
                    w.writeAttribute("severity", severity(f));
                    w.writeAttribute("message", xml(f.fullMessage()));
                    w.writeAttribute("source", "keepalive-lint." + f.ruleId());
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString() + "\n";
    }

    private static String severity(Finding f) {
        switch (f.severity()) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "info";
        }
    }

    /** Drops characters XML 1.0 cannot hold at all (control characters other than tab, CR and LF). */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
