package dev.keepalivelint.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;

/**
 * The versions of every dependency of a module, direct and transitive, all scopes: the dependency graph is
 * collected (POMs only; no jar is downloaded), as Maven does for {@code requiresDependencyCollection}, but only
 * when the goal really runs, so that {@code skip} costs nothing.
 */
final class DependencyVersions {
    private DependencyVersions() {
    }

    /** "groupId:artifactId" to version; what could not be collected is left out, with a warning. */
    static Map<String, String> collect(ProjectDependenciesResolver resolver, MavenProject project, MavenSession session,
                                       Log log) {
        Map<String, String> out = new LinkedHashMap<>();
        if (resolver == null || session == null || session.getRepositorySession() == null) {
            return out;
        }
        DefaultDependencyResolutionRequest request = new DefaultDependencyResolutionRequest(project,
            session.getRepositorySession());
        // resolve no artifact: the graph (from POMs) is all that is needed
        request.setResolutionFilter((node, parents) -> false);
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(request);
        } catch (DependencyResolutionException e) {
            result = e.getResult();
            log.warn("keepalive-lint: some dependencies could not be collected, so their versions are unknown: "
                + e.getMessage());
        }
        if (result != null && result.getDependencyGraph() != null) {
            walk(result.getDependencyGraph(), out, 0);
        }
        return out;
    }

    private static void walk(DependencyNode node, Map<String, String> out, int depth) {
        if (depth > 0 && node.getArtifact() != null) {
            Artifact a = node.getArtifact();
            out.putIfAbsent(a.getGroupId() + ":" + a.getArtifactId(), a.getBaseVersion());
        }
        if (depth < 200) {
            for (DependencyNode child : node.getChildren()) {
                walk(child, out, depth + 1);
            }
        }
    }
}
