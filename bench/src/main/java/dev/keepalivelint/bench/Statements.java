package dev.keepalivelint.bench;

import java.util.Random;

/**
 * Method bodies for the synthetic sources. Parsing cost depends on what the code is made of, so the bodies use
 * the statement mix of ordinary service code (locals with generics, loops, streams with lambdas, try/catch,
 * switch, builders, logging, comments) rather than repeating one line. Identifiers need not resolve: nothing
 * compiles this code, JavaParser only parses it.
 */
final class Statements {
    static final String[] NOUNS = {"order", "invoice", "stock", "item", "customer", "payment", "shipment", "review",
        "price", "ledger", "account", "event", "batch", "quota", "token", "report", "audit", "cart", "coupon",
        "refund", "tenant", "region", "warehouse", "carrier", "discount", "subscription", "session", "profile"};
    private static final String[] LOG_LEVELS = {"debug", "info", "warn", "trace"};
    private static final String[] COMMENTS = {
        "Retry once: the upstream cache is only eventually consistent.",
        "Keep the order stable, the UI pages through this list.",
        "TODO(ops-412): remove when the legacy importer is gone.",
        "The repository returns detached entities; copy before mutating.",
        "Amounts are in minor units (cents) everywhere below this point.",
        "Do not log the payload: it may contain personal data.",
        "Empty is a valid answer here, not an error.",
    };

    private final Random random;
    private int counter;

    Statements(Random random) {
        this.random = random;
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String noun() {
        return NOUNS[random.nextInt(NOUNS.length)];
    }

    /** Writes statements into the block open in {@code src} until it has grown by at least {@code lines} lines. */
    void fill(Src src, int lines) {
        int end = src.lines() + lines;
        while (src.lines() < end) {
            one(src);
        }
    }

    private void one(Src src) {
        String a = noun();
        String b = noun();
        String t = cap(a);
        int n = ++counter;
        switch (random.nextInt(12)) {
            case 0:
                src.line("String key" + n + " = " + a + "Id + \":\" + " + b + ".getRegion() + \"/\" + " + n % 17 + ";");
                break;
            case 1:
                src.line("List<" + t + "> " + a + "s" + n + " = " + a + "Repository.findBy" + cap(b)
                    + "(" + b + "Id, PageRequest.of(page, " + (10 + n % 90) + "));");
                break;
            case 2:
                src.open("if (" + a + " == null || " + a + ".get" + cap(b) + "Id() == null)");
                src.line("LOG." + LOG_LEVELS[n % LOG_LEVELS.length] + "(\"no " + b + " for {} in {}\", " + a
                    + "Id, tenant);");
                src.line("missing" + cap(b) + "s.incrementAndGet();");
                src.close();
                break;
            case 3:
                src.open("for (" + t + " " + a + " : " + a + "s)");
                src.line("total += " + a + ".getQuantity() * " + (2 + n % 9) + "L;");
                src.line("names.add(" + a + ".get" + cap(b) + "Name().trim().toLowerCase(Locale.ROOT));");
                src.close();
                break;
            case 4:
                src.line("Map<String, Long> " + a + "Counts" + n + " = " + a + "s.stream()");
                src.line("        .filter(x -> x.getStatus() != Status.CANCELLED && x.getAmount() > " + n % 50 + ")");
                src.line("        .collect(Collectors.groupingBy(" + t + "::get" + cap(b) + ", Collectors.counting()));");
                break;
            case 5:
                src.open("try");
                src.line(a + "Client.send(" + a + "Id, " + b + "Payload, Duration.ofMillis(" + (100 + n % 900) + "));");
                src.close().open("catch (IOException | TimeoutException e)");
                src.line("LOG.warn(\"sending " + a + " {} failed, will retry\", " + a + "Id, e);");
                src.line("metrics.counter(\"" + a + ".send.failures\", \"" + b + "\", tenant).increment();");
                src.close();
                break;
            case 6:
                src.open("switch (" + a + ".getStatus())");
                src.line("case ACTIVE:").line("    active++;").line("    break;");
                src.line("case SUSPENDED:").line("    suspended.add(" + a + ".getId());").line("    break;");
                src.line("default:").line("    other++;");
                src.close();
                break;
            case 7:
                src.line("// " + COMMENTS[n % COMMENTS.length]);
                break;
            case 8:
                src.line("String " + b + "Region" + n + " = Optional.ofNullable(" + a + ".get" + cap(b) + "())");
                src.line("        .map(" + cap(b) + "::getRegion)");
                src.line("        .orElse(DEFAULT_REGION);");
                break;
            case 9:
                src.line(t + "Event event" + n + " = " + t + "Event.newBuilder()");
                src.line("        .setId(UUID.randomUUID().toString())");
                src.line("        .set" + cap(b) + "Id(" + b + "Id)");
                src.line("        .setCreatedAt(clock.instant().toEpochMilli())");
                src.line("        .build();");
                src.line("publisher.publish(\"" + a + "-events\", event" + n + ");");
                break;
            case 10:
                src.line("BigDecimal amount" + n + " = " + a + ".getAmount().multiply(BigDecimal.valueOf(" + n % 100
                    + ", 2)).setScale(2, RoundingMode.HALF_EVEN);");
                break;
            default:
                src.line("Objects.requireNonNull(" + a + "Id, \"" + a + "Id\");");
                src.line("Preconditions.checkArgument(limit > 0 && limit <= " + (100 + n % 900)
                    + ", \"limit out of range: %s\", limit);");
        }
    }
}
