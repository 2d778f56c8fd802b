package dev.keepalivelint.check;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Effective;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.ServerPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The sentences findings share, so that every message says the same things the same way. */
final class Phrases {
    private Phrases() {
    }

    /** "keepAliveTime 30s (jetcd 0.8.6 default, not written in the code)" and the like. */
    static String interval(Effective<Duration> e) {
        return "keepAliveTime " + value(e, Durations.format(e.value()));
    }

    /** "keepAliveWithoutCalls true (written as .keepAliveWithoutCalls(true) at line 23)" and the like. */
    static String idlePings(Effective<Boolean> e) {
        return "keepAliveWithoutCalls " + value(e, String.valueOf(e.value()));
    }

    private static String value(Effective<?> e, String effective) {
        KeepaliveSetting s = e.setting();
        if (s == null) {
            return effective + " (" + e.basis() + ", as nothing sets it)";
        }
        String where = "written as " + s.written() + " at " + shortLocation(s.location())
            + (s.via() == null ? "" : s.via().startsWith("by default") ? ", " + s.via() : ", from " + s.via());
        if (e.basis() == null) {
            return effective + " (" + where + ")";
        }
        return effective + " in effect (" + where + "; " + e.basis() + ")";
    }

    /**
     * "keepAliveTime only known at run time (written as keepAliveTime(INTERVAL, TimeUnit.SECONDS) at F.java:12:
     * field `F.INTERVAL` is not final)".
     */
    static String intervalAtRunTime(KeepaliveSetting s) {
        return "keepAliveTime only known at run time (written as " + s.written() + " at " + shortLocation(s.location())
            + ": " + s.unresolvedReason() + ")";
    }

    /**
     * A fix's instruction from a spelling: "Write .keepAliveTime(5, TimeUnit.MINUTES)", or, for a value that
     * comes from a constant, "Set `TIMEOUT` at Timeouts.java:7 to 300" as the spelling says.
     */
    static String instruction(String spelled, boolean capital) {
        if (spelled.startsWith("set ")) {
            return capital ? "S" + spelled.substring(1) : spelled;
        }
        return (capital ? "Write " : "write ") + spelled;
    }

    static String shortLocation(Location l) {
        return l.fileName() + ":" + l.line();
    }

    /** "GOAWAY ENHANCE_YOUR_CALM "too_many_pings" after the third early ping" for the policy's strike count. */
    static String consequence(ServerPolicy p) {
        return "the " + ordinal(p.strikes() + 1) + " early ping is answered with GOAWAY ENHANCE_YOUR_CALM "
            + "\"too_many_pings\" and the connection is closed: calls in flight fail and the client reconnects";
    }

    static String ordinal(int n) {
        switch (n) {
            case 1: return "first";
            case 2: return "second";
            case 3: return "third";
            case 4: return "fourth";
            case 5: return "fifth";
            default: return n + "th";
        }
    }

    /** "Server assumed: X, because reason; it accepts ..." */
    static String meets(Link link) {
        String caveat = link.policy().caveat();
        String scheme = link.policy().caveatWhenScheme();
        if (caveat != null && scheme != null) {
            Endpoint target = link.client().endpoint();
            if (target == null || !target.written().trim().toLowerCase(java.util.Locale.ROOT).startsWith(scheme + "://")) {
                caveat = null;
            }
        }
        return "Server assumed: " + link.policy().name() + ", because " + link.reason() + "; it "
            + link.policy().summary() + "." + (caveat == null ? "" : " " + caveat);
    }

    /** The server's location as a related location, when it is in the project. */
    static List<RelatedLocation> related(Link link) {
        List<RelatedLocation> out = new ArrayList<>();
        if (link.server() != null) {
            out.add(new RelatedLocation(link.server().location(), "the server this client connects to: "
                + link.server().explanation()));
        }
        return out;
    }

    /**
     * How to write a permit setting on the project server the client meets ("permitKeepAliveWithoutCalls true" if
     * unknown); null when that server's configuration cannot give it in the version in use, so no fix proposes it.
     */
    static String serverSpelling(Link link, dev.keepalivelint.model.SettingKind kind, Object value) {
        if (link.server() != null && !link.server().observation().canSet(kind)) {
            return null;
        }
        String spelled = link.server() == null ? null : link.server().observation().spell(kind, value);
        if (spelled != null) {
            return spelled;
        }
        Object shown = value instanceof Duration ? Durations.format((Duration) value) : value;
        return kind.id() + " " + shown;
    }

    /** Where a finding about setting {@code e} belongs: the written setting, else where the client is created. */
    static Location at(Effective<?> e, Client c) {
        return e.setting() != null ? e.setting().location() : c.location();
    }

    /** " Note: X has no effect: why." for settings the user wrote that the framework ignores; "" when none. */
    static String remarks(Client c) {
        StringBuilder sb = new StringBuilder();
        for (String r : c.observation().remarks()) {
            sb.append(" Note: ").append(r).append('.');
        }
        return sb.toString();
    }

    /**
     * What a finding is about, independent of lines and formatting, for its fingerprint: the client (with
     * its target when known), its profile and the setting.
     */
    static String subject(Client c, dev.keepalivelint.model.SettingKind kind) {
        String target = c.endpoint() == null ? "" : "@" + c.endpoint().written();
        String profile = c.observation().profile() == null ? "" : "#" + c.observation().profile();
        return c.observation().description() + target + profile + "|" + kind.id();
    }

    /** "profile 'prod': " when the client's settings come from a profile. */
    static String profile(Client c) {
        String p = c.observation().profile();
        return p == null ? "" : "[profile " + p + "] ";
    }
}
