package dev.keepalivelint.scan.config;

import dev.keepalivelint.rules.InfraRules;
import dev.keepalivelint.scan.Globs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which product (Cortex, Mimir, Loki) a configuration document belongs to, since their files share the
 * ring layout but not the etcd client: a {@code # keepalive-lint: product=loki} comment in the file, then the
 * user's option (product to file globs), then keys only one product has (the rules' markers). Null when
 * nothing tells; the default product's dialect then reads the file.
 */
public final class ProductDetector {
    private static final Pattern COMMENT = Pattern.compile("#\\s*keepalive-lint:\\s*product\\s*=\\s*([A-Za-z0-9_.-]+)");

    private final InfraRules infra;
    private final Map<String, Globs> userGlobs = new LinkedHashMap<>();

    /** @param userProducts product id to the globs of the files that belong to it (from the build's options) */
    public ProductDetector(InfraRules infra, Map<String, List<String>> userProducts) {
        this.infra = infra;
        for (Map.Entry<String, List<String>> e : userProducts.entrySet()) {
            userGlobs.put(e.getKey(), new Globs(e.getValue()));
        }
    }

    /** The product a comment in the text names, or null (an unknown name is null too). */
    public String fromComment(String text) {
        Matcher m = COMMENT.matcher(text);
        if (m.find() && infra.product(m.group(1).toLowerCase(java.util.Locale.ROOT)) != null) {
            return m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    /** The product the user's option gives the file, or null. */
    public String fromOption(String displayPath) {
        for (Map.Entry<String, Globs> e : userGlobs.entrySet()) {
            if (e.getValue().matches(displayPath) && infra.product(e.getKey()) != null) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The product whose markers the entries have the most of; null when none or a tie. */
    public String fromContent(List<ConfigEntry> entries) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (InfraRules.Product p : infra.products()) {
            int count = 0;
            for (String marker : p.markers()) {
                List<String> m = KeyPath.split(marker);
                for (ConfigEntry e : entries) {
                    if (e.segments().size() >= m.size() && e.segments().subList(0, m.size()).equals(m)) {
                        count++;
                        break;
                    }
                }
            }
            if (count > bestCount) {
                best = p.id();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** What {@link #detect} says of a document that is no product's configuration (no product top-level key). */
    public static final String NONE = "-";

    /**
     * Comment, then option, then content; null when nothing tells (the default product), {@link #NONE} when the
     * document has none of any product's top-level keys.
     */
    public String detect(String displayPath, String text, List<ConfigEntry> entries) {
        String p = fromComment(text);
        if (p == null) {
            p = fromOption(displayPath);
        }
        if (p != null) {
            return p;
        }
        if (!infra.products().isEmpty() && !hasRoot(entries)) {
            return NONE;
        }
        return fromContent(entries);
    }

    private boolean hasRoot(List<ConfigEntry> entries) {
        for (ConfigEntry e : entries) {
            if (e.segments().size() == 1) {
                for (InfraRules.Product p : infra.products()) {
                    if (p.roots().contains(e.segments().get(0))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Product ids the rules know, for messages. */
    public List<String> known() {
        List<String> out = new ArrayList<>();
        infra.products().forEach(p -> out.add(p.id()));
        return out;
    }
}
