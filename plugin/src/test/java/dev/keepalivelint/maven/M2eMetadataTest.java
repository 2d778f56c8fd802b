package dev.keepalivelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Eclipse m2e finds how to run the check in the plugin jar. */
class M2eMetadataTest {

    @Test
    void checkRunsOnIncrementalBuilds() throws Exception {
        try (InputStream in = getClass().getClassLoader()
            .getResourceAsStream("META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "the metadata is packaged");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(in);
            assertEquals("check", doc.getElementsByTagName("goal").item(0).getTextContent());
            assertEquals("true", doc.getElementsByTagName("runOnIncremental").item(0).getTextContent());
        }
    }
}
