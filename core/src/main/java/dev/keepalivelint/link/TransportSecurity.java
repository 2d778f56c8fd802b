package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.SettingKind;
import java.util.Locale;

/**
 * Whether a client speaks TLS, as its code says: a builder method the rules mark as turning transport security on
 * (called unconditionally), or an {@code https://} target, which names a TLS listener. A server may serve TLS
 * connections under another policy than plain ones (etcd's shared client listener enforces none).
 */
final class TransportSecurity {
    private TransportSecurity() {
    }

    /** "sslContext(...) at SslTest.java:64" or "an https:// endpoint (https://etcd:2379)"; null when nothing says TLS. */
    static String evidence(Client client) {
        KeepaliveSetting s = client.observation().last(SettingKind.TRANSPORT_SECURITY);
        if (s != null && s.isResolved() && Boolean.TRUE.equals(s.flag())) {
            String written = s.written();
            int paren = written.indexOf('(');
            String call = paren < 0 ? written : written.substring(0, paren) + (written.endsWith("()") ? "()" : "(...)");
            return call + " at " + s.location().fileName() + ":" + s.location().line();
        }
        Endpoint target = client.endpoint();
        if (target != null && target.written().trim().toLowerCase(Locale.ROOT).startsWith("https://")) {
            return "an https:// endpoint (" + target.written().trim() + ")";
        }
        return null;
    }
}
