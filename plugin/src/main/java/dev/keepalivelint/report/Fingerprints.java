package dev.keepalivelint.report;

import dev.keepalivelint.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that are unique within one report. Two findings about the same thing in one file (two identical
 * builder chains, say) share {@link Finding#fingerprint()}; GitLab and GitHub code scanning would merge them into
 * one issue. The first keeps the finding's own fingerprint, so it still matches the baseline and earlier reports;
 * each repeat gets a hash of that fingerprint and its occurrence number, which stays the same as long as the
 * repeats keep their order in the file.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    /** One fingerprint per finding, in the same order. */
    static List<String> unique(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String fingerprint = f.fingerprint();
            int occurrence = seen.merge(fingerprint, 1, Integer::sum);
            out.add(occurrence == 1 ? fingerprint : hash(fingerprint + "\n" + occurrence));
        }
        return out;
    }

    /** 32 hex digits, the shape of {@link Finding#fingerprint()}, so consumers see one format. */
    private static String hash(String material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(String.format("%02x", digest[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
