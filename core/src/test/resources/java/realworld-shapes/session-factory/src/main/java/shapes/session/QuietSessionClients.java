package shapes.session;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;

/** The same factory after the fix: no pings on idle connections, which etcd never permits. */
public final class QuietSessionClients {
    private ClientBuilder baseBuilder(String target) {
        ClientBuilder builder = Client.builder().keepaliveWithoutCalls(false);
        builder.target(target);
        return builder;
    }

    public Client open(String target) {
        return baseBuilder(target).build();
    }
}
