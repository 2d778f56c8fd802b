package dev.keepalivelint.link;

import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import java.util.List;

/**
 * Whether a server built in the project's Java code can matter at all. {@link Linker} pairs a client with such a
 * server only by port (the client's target names the server's port, on a loopback or the server's host); Java
 * servers belong to no configuration group. So with no client whose target has a port, no Java server is ever met,
 * and one without a policy setting changes no finding: the scanner need not parse the files that only build one.
 */
public final class ProjectServers {
    private ProjectServers() {
    }

    /** True when some client of {@code observations} has a target with a port. */
    public static boolean mayBeMet(List<Observation> observations) {
        for (Observation o : observations) {
            if (o.role() != Role.CLIENT) {
                continue;
            }
            Endpoint e = Endpoint.of(o);
            if (e != null && e.port() != null) {
                return true;
            }
        }
        return false;
    }
}
