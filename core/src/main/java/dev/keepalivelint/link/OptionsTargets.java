package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;

/**
 * A channel of a library that meets no particular server (a plain grpc-java channel) whose target is read from an
 * options type another library names among its {@code targetTypes}: that library's own channel
 * ({@code NettyChannelBuilder.forTarget(options.getTarget())} in the Temporal SDK's ChannelManager), so it meets
 * the server that library meets, wherever the code is.
 */
final class OptionsTargets {
    /** The library an options type belongs to, and how the target reads it. */
    static final class Owner {
        final Library library;
        final String type;
        final String written;

        Owner(Library library, String type, String written) {
            this.library = library;
            this.type = type;
            this.written = written;
        }

        /** "its target is read from a ServiceStubsOptions (options.getTarget()), the Temporal Java SDK's options". */
        String because() {
            return "its target is read from a " + type.substring(type.lastIndexOf('.') + 1) + " (" + written + "), "
                + "options of the " + library.name();
        }
    }

    private OptionsTargets() {
    }

    /** Null when no TARGET_TYPE of the client is a target type of a library that meets a server. */
    static Owner ownerOf(Client client, RuleBook rules) {
        for (KeepaliveSetting s : client.observation().settings()) {
            if (s.kind() != SettingKind.TARGET_TYPE || s.text() == null) {
                continue;
            }
            for (Library l : rules.libraries().values()) {
                if (l.targetTypes().contains(s.text()) && l.meets() != null && !l.meets().equals("default")) {
                    return new Owner(l, s.text(), s.written());
                }
            }
        }
        return null;
    }
}
