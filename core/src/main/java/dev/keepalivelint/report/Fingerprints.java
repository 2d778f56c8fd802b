package dev.keepalivelint.report;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that are unique within one report. Two findings about the same thing in one file (two identical
 * builder chains, say) share {@link Finding#fingerprint()}; GitLab and GitHub code scanning would merge them into
 * one issue. The first keeps the finding's own fingerprint, so it still matches the baseline and earlier reports;
 * each repeat gets a hash of that fingerprint and its occurrence number (32 hex digits, the same shape), which
 * stays the same as long as the repeats keep their order in the file.
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
            out.add(occurrence == 1 ? fingerprint : Sha256.shortHex(fingerprint + "\n" + occurrence));
        }
        return out;
    }
}
