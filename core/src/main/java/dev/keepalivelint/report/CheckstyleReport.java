package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checkstyle XML, the format Jenkins warnings-ng, SonarQube and many other tools read: findings grouped by
 * file (sorted by path), with line, column, severity, message and the rule as source
 * ({@code keepalive-lint.<rule-id>}). File names are the findings' paths, relative to the module base directory.
 *
 * <p>Written with the JDK's DOM serializer rather than an XMLStreamWriter: the stream writer puts line breaks
 * and tabs into attributes as they are, and every XML parser turns those into spaces; the serializer writes
 * them as character references, so a message reads back exactly as it was.
 */
public final class CheckstyleReport {
    private CheckstyleReport() {
    }

    public static String render(LintResult result) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
        }
        Document doc = newDocument();
        Element root = doc.createElement("checkstyle");
        root.setAttribute("version", "4.3");
        doc.appendChild(root);
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            Element file = doc.createElement("file");
            file.setAttribute("name", xml(e.getKey()));
            root.appendChild(file);
            for (Finding f : e.getValue()) {
                file.appendChild(error(doc, f));
            }
        }
        return serialize(doc);
    }

    private static Element error(Document doc, Finding f) {
        Element error = doc.createElement("error");
        // Checkstyle requires a line; 0 stands for a finding about the file as a whole.
        error.setAttribute("line", String.valueOf(f.location().line()));
        if (f.location().column() > 0) {
            error.setAttribute("column", String.valueOf(f.location().column()));
        }
        error.setAttribute("severity", severity(f));
        error.setAttribute("message", xml(f.fullMessage()));
        error.setAttribute("source", xml("keepalive-lint." + f.ruleId()));
        return error;
    }

    /** Checkstyle's levels are error, warning, info (and ignore); a note is info. */
    private static String severity(Finding f) {
        switch (f.severity()) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "info";
        }
    }

    private static Document newDocument() {
        try {
            // newDefaultInstance: the JDK's own implementation, whatever else the build puts on the class path.
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's default XML configuration is always available", e);
        }
    }

    private static String serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            // The declaration is written by hand: the JDK's serializer puts the root element on its line.
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            t.transform(new DOMSource(doc), new StreamResult(out));
            String xml = out.toString();
            return xml.endsWith("\n") ? xml : xml + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK serializer refused the Checkstyle document", e);
        }
    }

    /**
     * Drops what XML 1.0 cannot hold at all, even as a character reference: control characters other than tab,
     * CR and LF, U+FFFE, U+FFFF and unpaired surrogates. A serializer would write them anyway and every parser
     * would then refuse the whole report.
     */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(CheckstyleReport::allowed).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
            || c >= 0x10000 && c <= 0x10FFFF;
    }
}
