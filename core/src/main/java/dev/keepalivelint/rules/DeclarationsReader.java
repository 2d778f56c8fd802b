package dev.keepalivelint.rules;

import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.yaml.SafeYaml;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the entries of the {@code declarations} section: servers a project says it runs (their targets and the
 * server implementation they are), which replace the policy looked up by library. Problems go to the shared list
 * with their file and line.
 */
final class DeclarationsReader {
    private static final Set<String> KEYS = Set.of("id", "targets", "implementation", "version",
        "permitKeepAliveTime", "permitKeepAliveWithoutCalls", "default", "source");

    private final RulesProblems problems;

    DeclarationsReader(RulesProblems problems) {
        this.problems = problems;
    }

    DeclaredServer declaration(RulesEntry e, List<ServerPolicy> policies) {
        Fields f = e.fields;
        f.knownKeys(KEYS);
        String implementation = f.text("implementation", true);
        if (implementation != null && !ServersReader.hasPolicyFor(policies, implementation)) {
            problem(e.file, f.node("implementation"), "implementation '" + implementation
                + "' has no entry in 'servers' (grpc-java, grpc-go, grpc-core, etcd, or one a rules file defines)");
            implementation = null;
        }
        List<String> targets = f.textList("targets");
        Boolean isDefault = f.bool("default", false);
        if (targets.isEmpty() && !Boolean.TRUE.equals(isDefault)) {
            problem(e.file, e.node, "a declared server needs 'targets', or 'default: true' to replace the default policy");
        }
        Duration permit = f.duration("permitKeepAliveTime", false);
        Boolean withoutCalls = f.bool("permitKeepAliveWithoutCalls", false);
        String version = f.text("version", false);
        if (f.node("source") != null) {
            f.source();
        }
        if (implementation == null) {
            return null;
        }
        return new DeclaredServer(e.id, targets, implementation, version, permit, withoutCalls,
            Boolean.TRUE.equals(isDefault), e.file + ":" + SafeYaml.line(e.node));
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
