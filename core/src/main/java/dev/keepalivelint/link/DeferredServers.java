package dev.keepalivelint.link;

import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import java.util.List;

/**
 * Whether a server built in the project's Java code can matter at all, so that the scanner may leave unparsed the
 * files that only build servers without a policy setting. {@link Linker} pairs a client with such a server only
 * through {@link ProjectServers}: a port both read from the same place, the same port number on this machine, or,
 * for a client whose target is only known at run time, a server of its module whose port is too. A client with
 * none of these can meet no Java server of the project; with no such client, those files change no finding.
 */
public final class DeferredServers {
    private DeferredServers() {
    }

    /** True when some client of {@code observations} could be paired with a server of the project's Java code. */
    public static boolean mayBeMet(List<Observation> observations) {
        for (Observation o : observations) {
            if (o.role() == Role.CLIENT && mayMeetAProjectServer(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayMeetAProjectServer(Observation client) {
        Endpoint e = Endpoint.of(client);
        if (e != null && e.port() != null || client.last(SettingKind.PORT_SOURCE) != null) {
            return true;
        }
        KeepaliveSetting target = client.last(SettingKind.TARGET);
        KeepaliveSetting port = client.last(SettingKind.PORT);
        // a target or port known only at run time, or a default the configuration may change
        return target != null && !target.isResolved() || port != null && (!port.isResolved()
            || port.via() != null && port.via().startsWith("by default"));
    }
}
