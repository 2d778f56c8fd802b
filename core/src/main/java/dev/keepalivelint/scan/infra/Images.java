package dev.keepalivelint.scan.infra;

import dev.keepalivelint.rules.Version;
import java.util.List;

/** Container image references: "registry/repo/name:tag@digest", matched by repository and read for a version. */
final class Images {
    private Images() {
    }

    /** The image without tag and digest ("quay.io/cortexproject/cortex"). */
    static String repository(String image) {
        String s = image.trim();
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) {
            s = s.substring(0, colon);
        }
        return s;
    }

    /** The tag, or null. */
    static String tag(String image) {
        String s = image.trim();
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int colon = s.lastIndexOf(':');
        return colon > s.lastIndexOf('/') ? s.substring(colon + 1) : null;
    }

    /**
     * True when the image is one of {@code repositories}: equal, or ending with "/" + it (a registry or mirror in
     * front: "docker.io/grafana/loki", "registry.example.com/cortexproject/cortex").
     */
    static boolean matches(String image, List<String> repositories) {
        String repo = repository(image);
        for (String r : repositories) {
            if (repo.equals(r) || repo.endsWith("/" + r)) {
                return true;
            }
        }
        return false;
    }

    /** The version the tag gives ("v1.18.1" is 1.18.1, "3.5.9-0" is 3.5.9); null for "latest", templates, none. */
    static String version(String image) {
        String tag = tag(image);
        return versionOfTag(tag);
    }

    static String versionOfTag(String tag) {
        if (tag == null || tag.contains("{{") || Version.parse(tag) == null) {
            return null;
        }
        String t = tag.startsWith("v") || tag.startsWith("V") ? tag.substring(1) : tag;
        int end = 0;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.')) {
            end++;
        }
        String v = t.substring(0, end).replaceAll("\\.$", "");
        return v.isEmpty() ? null : v;
    }
}
