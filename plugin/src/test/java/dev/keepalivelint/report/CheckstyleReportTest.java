package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Checkstyle XML, parsed back. */
class CheckstyleReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findingsGroupedByFile() throws Exception {
        LintResult r = LintFixtures.lint("channels", "io.grpc:grpc-api:1.83.1");
        Document doc = parse(CheckstyleReport.render(r));
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        NodeList files = doc.getElementsByTagName("file");
        assertEquals(1, files.getLength());
        Element file = (Element) files.item(0);
        assertEquals("src/main/java/com/acme/gateway/UpstreamChannels.java", file.getAttribute("name"));
        NodeList errors = file.getElementsByTagName("error");
        assertEquals(r.findings().size(), errors.getLength());
        Element first = (Element) errors.item(0);
        Finding f = r.findings().get(0);
        assertEquals(String.valueOf(f.location().line()), first.getAttribute("line"));
        assertEquals(String.valueOf(f.location().column()), first.getAttribute("column"));
        assertEquals("error", first.getAttribute("severity"));
        assertEquals("keepalive-lint." + f.ruleId(), first.getAttribute("source"));
        assertEquals(f.fullMessage(), first.getAttribute("message"));
    }

    @Test
    void specialCharactersSurvive() throws Exception {
        String message = "a \"quoted\" <tag> & 'apostrophe'\u0001 end";
        Finding f = new Finding("unresolved-value", Severity.NOTE, new Location("src/A&B.java", 3, 0), message, null,
            List.of(), "x");
        Document doc = parse(CheckstyleReport.render(new LintResult(List.of(f), List.of(), List.of(), "t", 1, 1,
            Duration.ZERO)));
        Element e = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals("a \"quoted\" <tag> & 'apostrophe' end", e.getAttribute("message"));
        assertEquals("info", e.getAttribute("severity"));
        assertEquals("", e.getAttribute("column"));
        assertEquals("src/A&B.java", ((Element) doc.getElementsByTagName("file").item(0)).getAttribute("name"));
    }
}
