package dev.keepalivelint.check;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@value #ID}: the client library version the project depends on has a keepalive defect the rules file
 * records on that version's client entry ({@code caveat}). Only clients whose keepalive is on are reported, and
 * only when the version is known from the dependencies (or the code): an assumed version proves nothing. An entry's
 * {@code caveatWhenIdlePings} limits the defect to clients whose idle pings are off (or on).
 */
public final class ClientVersionDefectCheck implements Check {
    public static final String ID = "client-version-defect";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.WARNING,
        "The client library version in use has a known keepalive defect.",
        "Some releases of a client library get keepalive wrong in a way no setting repairs, for example by "
            + "scheduling two pings where one was asked for, so that even an interval the server permits collects "
            + "ping strikes. The message names the version the project depends on, the defect and its source. "
            + "Upgrade to a release outside the affected range.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        Set<Client> seen = new HashSet<>();
        for (Link link : analysis.links()) {
            Client c = link.client();
            String caveat = c.defect();
            if (caveat == null || c.libraryVersion() == null || !c.pings() || !seen.add(c)) {
                continue;
            }
            Boolean only = c.behaviour().caveatWhenIdlePings();
            if (only != null && !only.equals(c.keepAliveWithoutCalls().value())) {
                continue;
            }
            KeepaliveSetting written = c.keepAliveTime().setting();
            Location at = written != null && written.location() != null ? written.location() : c.location();
            String affected = c.defectVersions();
            String message = Phrases.profile(c) + c.describe() + " keeps connections alive with "
                + c.observation().library() + " " + c.libraryVersion() + ", which is affected (" + affected + "): "
                + caveat + ".";
            String fix = "Upgrade " + c.observation().library() + " to a release outside " + affected + ".";
            out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), at, message, fix, List.of(),
                c.observation().description() + "|" + c.observation().library() + "|defect"));
        }
        return out;
    }
}
