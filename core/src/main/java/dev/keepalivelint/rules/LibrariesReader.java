package dev.keepalivelint.rules;

import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.Source;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the entries of the {@code libraries} section: a library's name, artifacts and the server its clients meet.
 * Problems go to the shared list with their file and line.
 */
final class LibrariesReader {
    private static final Set<String> KEYS = Set.of("id", "name", "artifacts", "meets", "meetsOnLoopback", "meetsOverTls",
        "targetTypes", "source");

    private final RulesProblems problems;

    LibrariesReader(RulesProblems problems) {
        this.problems = problems;
    }

    Library library(RulesEntry e) {
        Fields f = e.fields;
        f.knownKeys(KEYS);
        String name = f.text("name", true);
        List<String> artifacts = f.textList("artifacts");
        for (String a : artifacts) {
            if (a.split(":").length != 2) {
                problem(e.file, f.node("artifacts"), "artifact '" + a + "' must be written groupId:artifactId");
            }
        }
        Source source = f.source();
        if (name == null || source == null) {
            return null;
        }
        String meets = f.text("meets", false);
        List<String> targetTypes = f.textList("targetTypes");
        if (!targetTypes.isEmpty() && (meets == null || meets.equals("default"))) {
            problem(e.file, f.node("targetTypes"), "targetTypes need 'meets': the server a channel reading its target "
                + "from them talks to");
        }
        String overTls = f.text("meetsOverTls", false);
        if (overTls != null && meets == null) {
            problem(e.file, f.node("meetsOverTls"), "meetsOverTls needs 'meets': it replaces the server a client of this "
                + "library meets by its kind");
        }
        return new Library(e.id, name, artifacts, meets, source, f.text("meetsOnLoopback", false), targetTypes, overTls);
    }

    /** The servers libraries meet (meets, meetsOnLoopback, meetsOverTls) must have an entry in 'servers'. */
    void checkMeets(Collection<RulesEntry> libraries, Map<String, Library> libs, List<ServerPolicy> policies) {
        for (RulesEntry e : libraries) {
            Library lib = libs.get(e.id);
            if (lib != null && lib.meets() != null && !lib.meets().equals("default")
                && !ServersReader.hasPolicyFor(policies, lib.meets())) {
                problem(e.file, e.fields.node("meets"), "meets '" + lib.meets()
                    + "' has no entry in 'servers' (use 'default' for the default gRPC server)");
            }
            if (lib != null && lib.meetsOnLoopback() != null && !lib.meetsOnLoopback().equals("default")
                && !ServersReader.hasPolicyFor(policies, lib.meetsOnLoopback())) {
                problem(e.file, e.fields.node("meetsOnLoopback"), "meetsOnLoopback '"
                    + lib.meetsOnLoopback() + "' has no entry in 'servers' (use 'default' for the default gRPC server)");
            }
            if (lib != null && lib.meetsOverTls() != null && !ServersReader.hasPolicyFor(policies, lib.meetsOverTls())) {
                problem(e.file, e.fields.node("meetsOverTls"), "meetsOverTls '"
                    + lib.meetsOverTls() + "' has no entry in 'servers' (a library with a server entry, such as "
                    + "etcd-shared-tls-listener)");
            }
        }
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
