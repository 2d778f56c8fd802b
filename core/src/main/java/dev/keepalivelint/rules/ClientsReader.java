package dev.keepalivelint.rules;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.Source;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the entries of the {@code clients} section: the keepalive a client library sends by default in a version
 * range, and the limits it applies. Problems go to the shared list with their file and line.
 */
final class ClientsReader {
    private static final Set<String> KEYS = Set.of("id", "library", "name", "versions", "defaults",
        "minimumKeepAliveTime", "offAtOrAbove", "offAtOrBelow", "source", "caveat", "caveatWhenIdlePings");
    private static final Set<String> DEFAULT_KEYS = Set.of("keepAliveTime", "keepAliveWithoutCalls", "keepAliveTimeout",
        "keepAliveEnabled");

    private final RulesProblems problems;

    ClientsReader(RulesProblems problems) {
        this.problems = problems;
    }

    ClientBehaviour client(RulesEntry e, Map<String, Library> libs) {
        Fields f = e.fields;
        f.knownKeys(KEYS);
        String library = f.libraryRef(libs);
        String versions = f.range();
        Source source = f.source();
        String name = f.text("name", false);
        Node defaultsNode = f.node("defaults");
        Duration time = null;
        Boolean withoutCalls = null;
        Duration timeout = null;
        Boolean enabled = null;
        boolean defaultsOk = false;
        if (defaultsNode == null) {
            problem(e.file, e.node, "'defaults' is missing (keepAliveTime, keepAliveWithoutCalls, keepAliveTimeout)");
        } else if (!(defaultsNode instanceof MappingNode)) {
            problem(e.file, defaultsNode, "'defaults' must be a mapping");
        } else {
            Fields d = new Fields((MappingNode) defaultsNode, e.file, problems);
            d.knownKeys(DEFAULT_KEYS);
            int before = problems.size();
            time = d.durationOrOff("keepAliveTime");
            withoutCalls = d.bool("keepAliveWithoutCalls", true);
            timeout = d.duration("keepAliveTimeout", false);
            enabled = d.bool("keepAliveEnabled", false);
            defaultsOk = problems.size() == before && withoutCalls != null;
        }
        Duration minimum = f.duration("minimumKeepAliveTime", false);
        Duration offAt = f.duration("offAtOrAbove", false);
        Duration offBelow = f.duration("offAtOrBelow", false);
        if (library == null || versions == null || source == null || !defaultsOk) {
            return null;
        }
        return new ClientBehaviour(e.id, library, name == null ? libs.get(library).name() + " client" : name, versions,
            time, withoutCalls, timeout, minimum, offAt, enabled == null || enabled, source)
            .withCaveat(f.text("caveat", false), f.bool("caveatWhenIdlePings", false)).withOffAtOrBelow(offBelow);
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
