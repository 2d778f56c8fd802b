package dev.keepalivelint.cli.versions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * What one pom.xml says about versions, read as plain XML with the JDK's parser (no Maven): its properties, its
 * coordinates, its parent's relative path, its declared and managed dependencies. Read securely: no DOCTYPE, no
 * external entities or schemas, so a hostile POM can neither reach the network nor the file system.
 */
final class PomFile {
    /** A POM that cannot be read; the message names the line when the XML says one. */
    static final class PomException extends Exception {
        private static final long serialVersionUID = 1L;

        PomException(String message) {
            super(message);
        }
    }

    /** One {@code <dependency>}: coordinates and the version as written (may hold ${...}, or be null). */
    static final class Dependency {
        final String groupId;
        final String artifactId;
        final String version;

        Dependency(String groupId, String artifactId, String version) {
            this.groupId = groupId;
            this.artifactId = artifactId;
            this.version = version;
        }

        String key() {
            return groupId + ":" + artifactId;
        }
    }

    final Path file;
    final Map<String, String> properties = new LinkedHashMap<>();
    final List<Dependency> dependencies = new ArrayList<>();
    final List<Dependency> managed = new ArrayList<>();
    String groupId;
    String artifactId;
    String version;
    String parentGroupId;
    String parentVersion;
    /** The parent's POM relative to this one's directory: "../pom.xml" by default, null when there is no parent. */
    String parentRelativePath;

    private PomFile(Path file) {
        this.file = file;
    }

    static PomFile read(Path file) throws PomException {
        org.w3c.dom.Document doc;
        try {
            if (Files.size(file) > GradleVersions.MAX_BYTES) {
                throw new PomException("larger than " + (GradleVersions.MAX_BYTES >> 20) + " MB; not read");
            }
        } catch (IOException e) {
            throw new PomException("cannot be read: " + e.getMessage());
        }
        try (InputStream in = Files.newInputStream(file)) {
            doc = builder().parse(in);
        } catch (SAXParseException e) {
            throw new PomException("line " + e.getLineNumber() + ": not well-formed XML: " + e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new PomException("not readable as XML: " + e.getMessage());
        } catch (IOException e) {
            throw new PomException("cannot be read: " + e.getMessage());
        }
        Element project = doc.getDocumentElement();
        if (project == null || !"project".equals(localName(project))) {
            throw new PomException("not a POM (the root element is not <project>)");
        }
        PomFile pom = new PomFile(file);
        pom.groupId = text(child(project, "groupId"));
        pom.artifactId = text(child(project, "artifactId"));
        pom.version = text(child(project, "version"));
        Element parent = child(project, "parent");
        if (parent != null) {
            pom.parentGroupId = text(child(parent, "groupId"));
            pom.parentVersion = text(child(parent, "version"));
            Element rel = child(parent, "relativePath");
            pom.parentRelativePath = rel == null ? "../pom.xml" : text(rel) == null ? "" : text(rel);
        }
        Element props = child(project, "properties");
        if (props != null) {
            for (Element p : children(props)) {
                pom.properties.put(localName(p), p.getTextContent() == null ? "" : p.getTextContent().trim());
            }
        }
        readDependencies(child(project, "dependencies"), pom.dependencies);
        Element management = child(project, "dependencyManagement");
        if (management != null) {
            readDependencies(child(management, "dependencies"), pom.managed);
        }
        return pom;
    }

    private static void readDependencies(Element list, List<Dependency> out) {
        if (list == null) {
            return;
        }
        for (Element d : children(list)) {
            if (!"dependency".equals(localName(d))) {
                continue;
            }
            String g = text(child(d, "groupId"));
            String a = text(child(d, "artifactId"));
            if (g != null && a != null) {
                out.add(new Dependency(g, a, text(child(d, "version"))));
            }
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        // The default handler prints "[Fatal Error]" to stderr; the exception says it all.
        b.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return b;
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static Element child(Element e, String name) {
        for (Element c : children(e)) {
            if (name.equals(localName(c))) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent() == null ? "" : e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }
}
