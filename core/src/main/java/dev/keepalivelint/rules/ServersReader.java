package dev.keepalivelint.rules;

import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.Source;
import dev.keepalivelint.yaml.SafeYaml;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the entries of the {@code servers} section: the keepalive policy a server library enforces in a version
 * range. Problems go to the shared list with their file and line.
 */
final class ServersReader {
    private static final Set<String> KEYS = Set.of("id", "library", "name", "versions", "enforces",
        "permitKeepAliveTime", "permitKeepAliveWithoutCalls", "idleAllowance", "strikes", "idlePingsConfigurable", "source",
        "caveat", "caveatWhenScheme", "zeroPermitMeans", "maxPermitKeepAliveTime");

    private final RulesProblems problems;

    ServersReader(RulesProblems problems) {
        this.problems = problems;
    }

    ServerPolicy server(RulesEntry e, Map<String, Library> libs) {
        Fields f = e.fields;
        f.knownKeys(KEYS);
        String library = f.libraryRef(libs);
        String versions = f.range();
        Source source = f.source();
        String name = f.text("name", false);
        Boolean enforces = f.bool("enforces", false);
        boolean enforcing = enforces == null || enforces;
        Duration permit = f.duration("permitKeepAliveTime", enforcing);
        String caveat = f.text("caveat", false);
        // "unknown" is allowed only with a caveat that says why: the idle-ping check then stays silent.
        boolean idleUnknown = "unknown".equals(Fields.scalar(f.node("permitKeepAliveWithoutCalls")));
        if (idleUnknown && caveat == null) {
            problem(e.file, f.node("permitKeepAliveWithoutCalls"), "permitKeepAliveWithoutCalls: unknown needs a 'caveat' saying why");
        }
        Boolean withoutCalls = idleUnknown ? null : f.bool("permitKeepAliveWithoutCalls", enforcing);
        Duration idle = f.duration("idleAllowance", enforcing);
        Integer strikes = f.integer("strikes", enforcing);
        if (enforcing && strikes != null && strikes < 1) {
            // gRPC core's grpc.http2.max_ping_strikes 0 means "never GOAWAY": read as "the first early ping", it
            // would report the opposite of what such a server does.
            problem(e.file, f.node("strikes"), "strikes must be 1 or more for a server that enforces; a server that "
                + "never answers early pings with GOAWAY (gRPC core with grpc.http2.max_ping_strikes 0) is written "
                + "enforces: false");
            return null;
        }
        Boolean configurable = f.bool("idlePingsConfigurable", false);
        Duration zeroMeans = f.duration("zeroPermitMeans", false);
        Duration cap = f.duration("maxPermitKeepAliveTime", false);
        if (library == null || versions == null || source == null || enforcing
            && (permit == null || withoutCalls == null && !idleUnknown || idle == null || strikes == null)) {
            return null;
        }
        Boolean permitsIdle = idleUnknown ? null : Boolean.valueOf(withoutCalls != null && withoutCalls);
        return new ServerPolicy(e.id, library, name == null ? libs.get(library).name() + " server" : name, versions,
            enforcing, permit, permitsIdle, idle, strikes == null ? 0 : strikes,
            configurable == null || configurable, source, new Location(e.file, SafeYaml.line(e.node), 0))
            .withFacts(caveat, f.text("caveatWhenScheme", false), zeroMeans, cap);
    }

    /** Whether a {@code servers} entry exists for {@code library} (any version). */
    static boolean hasPolicyFor(List<ServerPolicy> policies, String library) {
        for (ServerPolicy p : policies) {
            if (p.library().equals(library)) {
                return true;
            }
        }
        return false;
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
