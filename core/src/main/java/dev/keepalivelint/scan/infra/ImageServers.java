package dev.keepalivelint.scan.infra;

import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.rules.InfraRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Servers a container is known by its image alone (the rules' {@code infra.servers}: a Temporal server is a
 * {@code temporalio/auto-setup} or {@code temporalio/server} image): a server observation of the entry's library at
 * the version of the image's tag (none for "latest" or no tag, so the newest policy applies), listening on the
 * entry's port and reached by the names of its workload and the Services that select it.
 */
final class ImageServers {
    /** The via of a server's name settings: {@code ServiceNames} pairs clients by them. */
    static final String NAME = "a name of this server";

    private final List<InfraRules.ImageServer> rules;

    ImageServers(List<InfraRules.ImageServer> rules) {
        this.rules = rules;
    }

    /** The image repositories of every entry, for the token filter that decides which files are parsed. */
    List<String> images() {
        List<String> out = new ArrayList<>();
        rules.forEach(r -> out.addAll(r.images()));
        return out;
    }

    /** The entry whose images the container runs, or null. */
    InfraRules.ImageServer of(Workloads.Container c) {
        for (InfraRules.ImageServer r : rules) {
            if (!c.image.isEmpty() && Images.matches(c.image, r.images())) {
                return r;
            }
        }
        return null;
    }

    Observation fromContainer(InfraRules.ImageServer rule, Workloads.Container c, List<Workloads.Service> services) {
        Set<String> names = new LinkedHashSet<>(c.names);
        for (Workloads.Service svc : services) {
            if (Workloads.selects(svc, c)) {
                names.add(svc.name);
            }
        }
        List<KeepaliveSetting> settings = new ArrayList<>();
        List<String> ordered = new ArrayList<>(names);
        // the main name last: it is the one Endpoint.of reads
        Collections.reverse(ordered);
        for (String name : ordered) {
            settings.add(KeepaliveSetting.resolved(SettingKind.TARGET, name + ":" + rule.port(), name, c.at, NAME));
        }
        settings.add(KeepaliveSetting.resolved(SettingKind.PORT, (long) rule.port(), String.valueOf(rule.port()), c.at, null));
        String description = "server of image " + c.image + " (" + c.describe() + ")";
        return new Observation(Role.SERVER, rule.library(), description, c.at, settings, null, Map.of(),
            c.file + "#" + rule.id() + ":" + c.describe(), List.of(), Images.version(c.image));
    }
}
