package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Effective;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.VersionRange;
import dev.keepalivelint.rules.Selection;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Turns a client observation into the behaviour in effect: the last written value of each setting over the
 * library's defaults for the version in use, then the library's own adjustments (minimum interval, values
 * that mean off, the enable switch of some frameworks).
 */
public final class ClientFolder {
    private final RuleBook rules;
    private final LibraryVersions versions;
    private final Consumer<String> notes;

    /** @param notes receives what was assumed when a library version is unknown or not covered by the rules */
    public ClientFolder(RuleBook rules, LibraryVersions versions, Consumer<String> notes) {
        this.rules = rules;
        this.versions = versions;
        this.notes = notes;
    }

    /** Null when the rules describe no client behaviour for the observation's library. */
    public Client fold(Observation o) {
        String version = o.version() != null ? o.version() : versions.of(o.library());
        Selection<ClientBehaviour> selection = rules.clientBehaviour(o.library(), version);
        if (selection == null) {
            return null;
        }
        ClientBehaviour b = selection.value();
        Library library = rules.library(o.library());
        boolean versioned = library != null && !library.artifacts().isEmpty();
        String defaultOf = version != null ? o.library() + " " + version + " default"
            : versioned ? b.name() + " default (version unknown; assumed " + VersionRange.describe(b.versions()) + ")"
            : b.name() + " default";
        Effective<Duration> time = interval(o, b, defaultOf);
        Effective<Boolean> withoutCalls = idlePings(o, b, defaultOf);
        if (selection.note() != null && (versioned || version != null)) {
            notes.accept(selection.note());
        }
        Client client = new Client(o, b, version, time, withoutCalls, Endpoint.of(o));
        return hasDefect(b, version) ? client.withDefect(b.caveat(), VersionRange.describe(b.versions())) : client;
    }

    /**
     * The caveat applies only when the version in use is really in the entry's range: an entry selected as the
     * nearest for a version the rules do not cover says nothing about that version's defects.
     */
    private static boolean hasDefect(ClientBehaviour b, String version) {
        if (b.caveat() == null || version == null) {
            return false;
        }
        try {
            return VersionRange.parse(b.versions()).contains(dev.keepalivelint.rules.Version.parse(version));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Why no default is assumed for a builder whose creation is not in sight. */
    private static String notInSight(Observation o) {
        return "not known: " + o.unknownOrigin() + ", so the " + "library's defaults may not be what it has";
    }

    private static Effective<Duration> interval(Observation o, ClientBehaviour b, String defaultOf) {
        KeepaliveSetting enabled = o.last(SettingKind.KEEPALIVE_ENABLED);
        if (o.unknownOrigin() != null && (o.last(SettingKind.KEEPALIVE_TIME) == null
            || enabled == null && !b.defaultKeepAliveEnabled())) {
            return Effective.notInSight(notInSight(o));
        }
        if (enabled == null && !b.defaultKeepAliveEnabled()) {
            return Effective.byDefault(null, "keepalive is applied only when enabled, and it is not ("
                + defaultOf + ")");
        }
        if (enabled != null) {
            if (!enabled.isResolved()) {
                return Effective.unknown(enabled);
            }
            if (Boolean.FALSE.equals(enabled.flag())) {
                return Effective.adjusted(null, enabled, "keepalive is switched off by " + enabled.written());
            }
        }
        KeepaliveSetting written = o.last(SettingKind.KEEPALIVE_TIME);
        if (written == null) {
            return Effective.byDefault(b.defaultKeepAliveTime(), defaultOf);
        }
        if (!written.isResolved()) {
            return Effective.unknown(written);
        }
        Duration d = written.duration();
        if (d == null) {
            return Effective.adjusted(null, written, "a null keepalive time leaves keepalive off");
        }
        if (b.offAtOrBelow() != null && d.compareTo(b.offAtOrBelow()) <= 0) {
            return Effective.adjusted(null, written, b.name() + " sends no pings at " + Durations.format(b.offAtOrBelow())
                + " or less");
        }
        if (b.offAtOrAbove() != null && d.compareTo(b.offAtOrAbove()) >= 0) {
            return Effective.adjusted(null, written, b.name() + " treats " + Durations.format(b.offAtOrAbove())
                + " or more as off");
        }
        if (b.minimumKeepAliveTime() != null && d.compareTo(b.minimumKeepAliveTime()) < 0) {
            return Effective.adjusted(b.minimumKeepAliveTime(), written, b.name() + " raises it to its minimum of "
                + Durations.format(b.minimumKeepAliveTime()));
        }
        return Effective.written(d, written);
    }

    private static Effective<Boolean> idlePings(Observation o, ClientBehaviour b, String defaultOf) {
        KeepaliveSetting written = o.last(SettingKind.KEEPALIVE_WITHOUT_CALLS);
        if (written == null && o.unknownOrigin() != null) {
            return Effective.notInSight(notInSight(o));
        }
        if (written == null) {
            return Effective.byDefault(b.defaultKeepAliveWithoutCalls(), defaultOf);
        }
        if (!written.isResolved()) {
            return Effective.unknown(written);
        }
        if (written.flag() == null) {
            return Effective.adjusted(false, written, "null leaves gRPC's default, false");
        }
        return Effective.written(written.flag(), written);
    }
}
