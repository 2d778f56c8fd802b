package dev.keepalivelint.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The configuration files of one service module, relative to the module: Spring Boot application files with
 * profiles (grpc-spring client or server keys in some services), message bundles and an OpenAPI document (no
 * trigger token: the pre-filter must skip them), and in some services a Cortex configuration with etcd kvstore
 * blocks.
 */
final class ConfigShapes {
    private final Random random;

    ConfigShapes(Random random) {
        this.random = random;
    }

    /** File path (relative to the module) to content, in a fixed order. */
    Map<String, String> files(String service, int index) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("src/main/resources/application.yml", application(service, index));
        out.put("src/main/resources/application-prod.yml", prodProfile(service, index));
        out.put("src/main/resources/application-dev.properties", "spring.datasource.url=jdbc:h2:mem:" + service
            + "\nspring.jpa.show-sql=true\nlogging.level.com.acme=DEBUG\nmanagement.endpoints.web.exposure.include=*\n");
        out.put("src/main/resources/messages.properties", messages("en"));
        out.put("src/main/resources/messages_de.properties", messages("de"));
        out.put("src/main/resources/openapi.yaml", openApi(service));
        out.put("src/test/resources/application-test.yml", "spring:\n  datasource:\n    url: jdbc:h2:mem:test\n"
            + (index % 3 == 0 ? "grpc:\n  client:\n    pricing:\n      address: in-process:test\n" : ""));
        if (index % 4 == 0) {
            out.put("src/main/resources/monitoring/cortex.yaml", cortex(index));
        }
        return out;
    }

    private String application(String service, int index) {
        StringBuilder y = new StringBuilder();
        y.append("spring:\n  application:\n    name: ").append(service).append('\n')
            .append("  datasource:\n    url: jdbc:postgresql://db:5432/").append(service).append('\n')
            .append("    username: ${DB_USER:").append(service).append("}\n")
            .append("    hikari:\n      maximum-pool-size: 20\n      keepalive-time: 300000\n")
            .append("  jackson:\n    default-property-inclusion: non_null\n")
            .append("server:\n  port: 8080\n")
            .append("management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info,prometheus\n")
            .append("logging:\n  level:\n    com.acme: INFO\n");
        if (index % 3 == 0) {
            y.append("grpc:\n  client:\n");
            if (index % 2 == 0) {
                y.append("    GLOBAL:\n      enable-keep-alive: true\n      keep-alive-without-calls: true\n");
            }
            y.append("    pricing:\n      address: dns:///pricing.internal:443\n      enable-keep-alive: true\n")
                .append("      keep-alive-time: ").append(10 + random.nextInt(50)).append("s\n")
                .append("      negotiation-type: tls\n")
                .append("    inventory:\n      address: static://inventory:9090\n      negotiation-type: plaintext\n");
        } else if (index % 3 == 1) {
            y.append("grpc:\n  server:\n    port: 9090\n    permit-keep-alive-time: ").append(1 + random.nextInt(5))
                .append("m\n    permit-keep-alive-without-calls: ").append(random.nextBoolean()).append('\n');
        }
        return y.toString();
    }

    private static String prodProfile(String service, int index) {
        String y = "spring:\n  datasource:\n    url: jdbc:postgresql://db.prod:5432/" + service + "\n"
            + "logging:\n  level:\n    root: WARN\n";
        return index % 3 == 0 ? y + "grpc:\n  client:\n    pricing:\n      keep-alive-time: 2m\n" : y;
    }

    private String messages(String lang) {
        StringBuilder p = new StringBuilder("# UI and error messages (" + lang + ")\n");
        int n = 40 + random.nextInt(80);
        for (int i = 0; i < n; i++) {
            String noun = Statements.NOUNS[random.nextInt(Statements.NOUNS.length)];
            p.append("error.").append(noun).append('.').append(i).append("=The ").append(noun)
                .append(" {0} could not be processed: {1}\n");
        }
        return p.toString();
    }

    private String openApi(String service) {
        StringBuilder y = new StringBuilder("openapi: 3.0.3\ninfo:\n  title: ").append(service)
            .append(" API\n  version: 2.4.0\npaths:\n");
        int n = 5 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            String noun = Statements.NOUNS[random.nextInt(Statements.NOUNS.length)];
            y.append("  /").append(noun).append("s/{id}/v").append(i).append(":\n    get:\n      operationId: get")
                .append(Statements.cap(noun)).append(i).append("\n      parameters:\n        - name: id\n")
                .append("          in: path\n          required: true\n          schema:\n            type: string\n")
                .append("      responses:\n        '200':\n          description: the ").append(noun).append('\n')
                .append("        '404':\n          description: no such ").append(noun).append('\n');
        }
        return y.toString();
    }

    /** Cortex with etcd rings: its etcd client pings idle connections unless told otherwise. */
    private String cortex(int index) {
        boolean strict = random.nextBoolean();
        return "server:\n  http_listen_port: 9009\n  grpc_listen_port: 9095\n"
            + "  grpc_server_min_time_between_pings: 10s\n  grpc_server_ping_without_stream_allowed: true\n"
            + "distributor:\n  ring:\n    kvstore:\n      store: etcd\n      etcd:\n"
            + "        endpoints: [\"etcd-0:2379\", \"etcd-1:2379\"]\n"
            + "ingester:\n  lifecycler:\n    ring:\n      kvstore:\n        store: " + (index % 8 == 0 ? "consul" : "etcd")
            + "\n        consul:\n          host: consul:8500\n        etcd:\n          endpoints: [\"etcd-0:2379\"]\n"
            + (strict ? "          ping-without-stream-allowed: false\n" : "")
            + "      replication_factor: 3\n";
    }
}
