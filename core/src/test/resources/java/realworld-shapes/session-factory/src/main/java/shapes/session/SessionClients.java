package shapes.session;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;

/** Sessions of a console: the builder comes from a private factory and is built by each caller. */
public final class SessionClients {
    private ClientBuilder baseBuilder(String target, String namespace) {
        ClientBuilder builder = Client.builder();
        builder.target(target);
        if (namespace != null) {
            builder.namespace(io.etcd.jetcd.ByteSequence.from(namespace, java.nio.charset.StandardCharsets.UTF_8));
        }
        return builder;
    }

    public Client open(String target) {
        return baseBuilder(target, null).build();
    }

    public Client openIn(String target, String namespace) {
        return baseBuilder(target, namespace).build();
    }
}
