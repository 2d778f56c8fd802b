package dev.keepalivelint.link;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.request;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.rules.RuleBook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain grpc-java channel whose target is read from the Temporal SDK's options type meets a Temporal frontend:
 * the release the project's compose file runs, or the newest when nothing says which (temporalio/sdk-java's
 * ChannelManager at ee9abf08c517 is clean; its 30 s idle pings at e637ead718b8 met a 1.1.1 server and stay reported).
 */
class OptionsTargetsTest {
    private static final String GRPC = "io.grpc:grpc-netty:1.76.0";
    private static final String CONNECTIONS = "Connections.java";

    @Test
    void withoutInfrastructureTheNewestTemporalFrontendIsAssumedAndSaidSo() throws LintException {
        Link link = onlyLink("real-temporal-sdk-channel");
        assertEquals("temporal-frontend", link.policy().id());
        assertEquals(Link.Kind.CLIENT_KIND, link.kind());
        assertTrue(link.reason().contains("its target is read from a ServiceStubsOptions (options.getTarget()), options of "
            + "the Temporal Java SDK, so it talks to Temporal server (frontend)"), link.reason());
        assertTrue(link.reason().contains("nothing in the project says which release, so the newest is assumed"), link.reason());
        assertTrue(lint("real-temporal-sdk-channel", GRPC).findings().isEmpty());
    }

    @Test
    void theServerTheComposeFileRunsDecidesTheRelease() throws LintException {
        Link latest = onlyLink("real-temporal-sdk-channel-latest");
        assertEquals("temporal-frontend", latest.policy().id());
        assertFalse(latest.certain(), "an assumption: no fix may tell the user to change the compose server");
        assertTrue(latest.reason().contains("the project runs one: the server of image temporalio/auto-setup:latest "
            + "(compose service temporal container temporal) at docker/docker-compose.yaml:6"), latest.reason());
        assertTrue(latest.reason().contains("its image gives no version, so the newest the rules know is assumed"),
            latest.reason());

        Link pinned = onlyLink("real-temporal-sdk-channel-pinned");
        assertEquals("temporal-frontend-before-1.9", pinned.policy().id());
        LintResult r = lint("real-temporal-sdk-channel-pinned", GRPC);
        assertMentions(single(r, KeepaliveBelowPermitTimeCheck.ID, CONNECTIONS, 18), "keepAliveTime 25s",
            "ServiceStubsOptions.Builder.keepAliveTime starts at Duration.ofSeconds(25)", "temporalio/auto-setup:1.2.0");
        assertMentions(single(r, PingWithoutCallsCheck.ID, CONNECTIONS, 19), "Temporal frontend before 1.9");
        assertEquals(2, r.findings().size(), r.findings().toString());
    }

    @Test
    void theTargetRecordsTheOptionsTypeItIsReadFrom() {
        Observation client = observations("real-temporal-sdk-channel").stream()
            .filter(o -> o.role() == Role.CLIENT).findFirst().orElseThrow();
        assertTrue(client.settings().stream().anyMatch(s -> s.kind() == SettingKind.TARGET_TYPE
            && "io.temporal.serviceclient.ServiceStubsOptions".equals(s.text())
            && "options.getTarget()".equals(s.written())), client.settings().toString());
    }

    /** The rules, loaded once. */
    private static final class RuleBookHolder {
        static final RuleBook RULES = load();

        private static RuleBook load() {
            try {
                return Engine.loadRules(request("real-temporal-sdk-channel", GRPC).build());
            } catch (LintException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static List<Observation> observations(String project) {
        LintRequest req = request(project, GRPC).build();
        return new Engine().observe(req, RuleBookHolder.RULES);
    }

    /** How the project's one channel is paired, as the engine pairs it. */
    private static Link onlyLink(String project) throws LintException {
        LintRequest req = request(project, GRPC).build();
        RuleBook rules = RuleBookHolder.RULES;
        List<Observation> observed = new Engine().observe(req, rules);
        LibraryVersions versions = new LibraryVersions(rules, req.dependencyVersions());
        ServerFolder sf = new ServerFolder(rules, versions, n -> { });
        List<Server> servers = new ArrayList<>();
        for (Observation o : observed) {
            Server s = o.role() == Role.SERVER ? sf.fold(o) : null;
            if (s != null) {
                servers.add(s);
            }
        }
        Linker linker = new Linker(rules, servers, List.of(), n -> { });
        ClientFolder cf = new ClientFolder(rules, versions, n -> { });
        List<Link> links = new ArrayList<>();
        for (Observation o : observed) {
            Client c = o.role() == Role.CLIENT ? cf.fold(o) : null;
            if (c != null && o.library().equals("grpc-java")) {
                links.add(linker.link(c));
            }
        }
        // the other client is the options builder itself, handed to a constructor (unknown origin: not reported)
        assertEquals(1, links.size(), links.toString());
        return links.get(0);
    }
}
