package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checkstyle XML, parsed back with the JDK's DOM parser. */
class CheckstyleReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), "t", 1, 1, Duration.ZERO);
    }

    private static Finding finding(String rule, Severity s, String path, int line, int column, String message,
                                   String fix) {
        return new Finding(rule, s, new Location(path, line, column), message, fix, List.of(), "x");
    }

    private static Element error(Document doc, int index) {
        return (Element) doc.getElementsByTagName("error").item(index);
    }

    @Test
    void engineFindingsGroupedByFile() throws Exception {
        LintResult r = LintFixtures.lint("channels", "io.grpc:grpc-api:1.83.1");
        Document doc = parse(CheckstyleReport.render(r));
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        assertEquals("4.3", doc.getDocumentElement().getAttribute("version"));
        NodeList files = doc.getElementsByTagName("file");
        assertEquals(1, files.getLength());
        Element file = (Element) files.item(0);
        assertEquals("src/main/java/com/acme/gateway/UpstreamChannels.java", file.getAttribute("name"));
        NodeList errors = file.getElementsByTagName("error");
        assertEquals(r.findings().size(), errors.getLength());
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            Finding f = r.findings().get(i);
            assertEquals(String.valueOf(f.location().line()), e.getAttribute("line"));
            assertEquals(String.valueOf(f.location().column()), e.getAttribute("column"));
            assertEquals(f.severity() == Severity.NOTE ? "info" : f.severity().id(), e.getAttribute("severity"));
            assertEquals("keepalive-lint." + f.ruleId(), e.getAttribute("source"));
            assertEquals(f.fullMessage(), e.getAttribute("message"));
        }
    }

    @Test
    void filesSortedByPathWithTheirOwnFindings() throws Exception {
        Document doc = parse(CheckstyleReport.render(result(
            finding("ping-without-calls", Severity.ERROR, "src/z/Z.java", 4, 2, "z4", null),
            finding("unreadable-input", Severity.WARNING, "a.yml", 0, 0, "a0", null),
            finding("keepalive-below-permit-time", Severity.ERROR, "src/z/Z.java", 2, 9, "z2", null),
            finding("unresolved-value", Severity.NOTE, "src/b/B.java", 7, 1, "b7", null))));
        NodeList files = doc.getElementsByTagName("file");
        assertEquals(3, files.getLength());
        String[] names = {"a.yml", "src/b/B.java", "src/z/Z.java"};
        String[][] messages = {{"a0"}, {"b7"}, {"z2", "z4"}};
        for (int i = 0; i < names.length; i++) {
            Element file = (Element) files.item(i);
            assertEquals(names[i], file.getAttribute("name"));
            NodeList errors = file.getElementsByTagName("error");
            assertEquals(messages[i].length, errors.getLength(), names[i]);
            for (int j = 0; j < messages[i].length; j++) {
                assertEquals(messages[i][j], ((Element) errors.item(j)).getAttribute("message"));
            }
        }
        Element wholeFile = error(doc, 0);
        assertEquals("0", wholeFile.getAttribute("line"));
        assertFalse(wholeFile.hasAttribute("column"), "an unknown column is left out");
        assertEquals("warning", wholeFile.getAttribute("severity"));
        assertEquals("keepalive-lint.unreadable-input", wholeFile.getAttribute("source"));
        Element note = error(doc, 1);
        assertEquals("info", note.getAttribute("severity"), "notes are Checkstyle's info");
        assertEquals("7", note.getAttribute("line"));
        assertEquals("1", note.getAttribute("column"));
        Element z2 = error(doc, 2);
        assertEquals("2", z2.getAttribute("line"));
        assertEquals("9", z2.getAttribute("column"));
        assertEquals("error", z2.getAttribute("severity"));
    }

    @Test
    void specialCharactersSurviveTheRoundTrip() throws Exception {
        String message = "a \"quoted\" <tag> & 'apostrophe' ]]> \u00e4\uD83D\uDE00\nsecond line\r\tindented";
        Finding f = finding("unresolved-value", Severity.NOTE, "src/A&B \"<q>\".java", 3, 0, message, "use <b>&</b>");
        String xml = CheckstyleReport.render(result(f));
        Document doc = parse(xml);
        assertEquals(message + " Fix: use <b>&</b>", error(doc, 0).getAttribute("message"),
            "line breaks and tabs come back as they were, not as spaces");
        assertEquals("src/A&B \"<q>\".java", ((Element) doc.getElementsByTagName("file").item(0)).getAttribute("name"));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    }

    @Test
    void charactersXmlCannotHoldAreDropped() throws Exception {
        String message = "bell\u0007 nul\u0000 esc\u001b lone\uD800 low\uDC00 ffff\uFFFF end";
        Document doc = parse(CheckstyleReport.render(result(
            finding("unresolved-value", Severity.NOTE, "src/\u0001A.java", 3, 0, message, null))));
        assertEquals("bell nul esc lone low ffff end", error(doc, 0).getAttribute("message"));
        assertEquals("src/A.java", ((Element) doc.getElementsByTagName("file").item(0)).getAttribute("name"));
        assertEquals("a\tb", CheckstyleReport.xml("a\tb\u0008"));
    }

    @Test
    void noFindingsIsAnEmptyReport() throws Exception {
        Document doc = parse(CheckstyleReport.render(result()));
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        assertEquals("4.3", doc.getDocumentElement().getAttribute("version"));
        assertEquals(0, doc.getElementsByTagName("file").getLength());
    }
}
