package dev.keepalivelint.robustness;

import static dev.keepalivelint.robustness.BadInputProject.assertGoodFindingReported;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the valid fixtures (truncation, byte flips, token deletion, and text a user may well write inside key
 * names and values: {@code %}, {@code {}}, {@code $}, quotes, non-ASCII) a few thousand times with a fixed seed:
 * no exception may escape the engine, and the finding in the untouched file is always reported.
 */
class MutationFuzzTest {
    private static final long SEED = 20261124L;
    private static final int ITERATIONS = 3000;

    /** A fixture to mutate and the name it is written under in the project. */
    private static final class Sample {
        final byte[] content;
        final String target;

        Sample(Path fixture, String target) throws IOException {
            this.content = Files.readAllBytes(fixture);
            this.target = target;
        }
    }

    @TempDir
    Path dir;

    private static List<Sample> samples() throws IOException {
        Path fixtures = Paths.get("src/test/resources");
        List<Sample> out = new ArrayList<>();
        String java = "src/main/java/com/acme/fuzz/Mutated.java";
        out.add(new Sample(fixtures.resolve("java/chain/com/acme/orders/OrdersChannel.java"), java));
        out.add(new Sample(fixtures.resolve("java/values/com/acme/values/Channels.java"), java));
        out.add(new Sample(fixtures.resolve("java/customizers/com/acme/boot/KeepaliveCustomization.java"), java));
        out.add(new Sample(fixtures.resolve("java/servers/com/acme/server/ApiServer.java"), java));
        out.add(new Sample(fixtures.resolve("projects/suppressions/src/main/java/com/acme/sup/Suppressed.java"), java));
        String yml = "src/main/resources/application.yml";
        out.add(new Sample(fixtures.resolve("projects/config-grpc-spring/src/main/resources/application.yml"), yml));
        out.add(new Sample(fixtures.resolve("projects/config-multidoc/src/main/resources/application.yml"), yml));
        out.add(new Sample(fixtures.resolve("projects/config-placeholders/src/main/resources/application.yml"), yml));
        out.add(new Sample(fixtures.resolve("projects/config-cortex/cortex.yaml"), "deploy/cortex.yaml"));
        out.add(new Sample(fixtures.resolve("projects/config-etcd/etcd.conf.yml"), "deploy/etcd.conf.yml"));
        String props = "src/main/resources/application.properties";
        out.add(new Sample(fixtures.resolve("projects/config-quarkus/src/main/resources/application.properties"), props));
        out.add(new Sample(fixtures.resolve("projects/config-spring-grpc/src/main/resources/application.properties"), props));
        return out;
    }

    @Test
    void mutatedInputNeverEscapesAndNeverHidesTheUntouchedFile() throws IOException {
        List<Sample> samples = samples();
        Random random = new Random(SEED);
        BadInputProject project = new BadInputProject(dir.resolve("project"));
        int withProblems = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Sample sample = samples.get(random.nextInt(samples.size()));
            byte[] mutated = mutate(sample.content, random);
            Path written = project.write(sample.target, mutated);
            LintResult r;
            try {
                r = project.lint();
            } catch (RuntimeException | Error e) {
                throw new AssertionError("iteration " + i + " on " + sample.target + " escaped: " + e + "\n"
                    + new String(mutated, StandardCharsets.ISO_8859_1), e);
            }
            assertGoodFindingReported(r);
            if (r.findings().stream().anyMatch(f -> f.ruleId().equals("unreadable-input"))) {
                withProblems++;
            }
            Files.delete(written);
        }
        // the mutations must really produce bad input, or the test proves nothing
        assertTrue(withProblems > ITERATIONS / 10, "only " + withProblems + " iterations met unreadable input");
    }

    /** Text that is harmless in a key or value but breaks code that treats user text as a format or pattern. */
    private static final String[] USER_TEXT = {"%", "%s", "%n", "%d%", "{}", "{0}", "$", "${", "$1", "\\", "\"", "'",
        "ü", "日本", "\u00e9", "%%", "%.", "{{"};

    private static byte[] mutate(byte[] content, Random random) {
        switch (random.nextInt(5)) {
            case 4:
                return insertUserText(content, random);
            case 0:
                return Arrays.copyOf(content, random.nextInt(content.length + 1));
            case 1: {
                byte[] out = content.clone();
                int flips = 1 + random.nextInt(8);
                for (int j = 0; j < flips && out.length > 0; j++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            case 2:
                return deleteToken(content, random);
            default: {
                byte[] out = deleteToken(deleteToken(content, random), random);
                return Arrays.copyOf(out, Math.max(0, out.length - random.nextInt(40)));
            }
        }
    }

    /**
     * Inserts one or two pieces of {@link #USER_TEXT} inside or after a word (a key segment, a channel name, a
     * value), so that key names and values carry them without necessarily breaking the file's syntax.
     */
    private static byte[] insertUserText(byte[] content, Random random) {
        byte[] out = content;
        for (int n = 1 + random.nextInt(2); n > 0 && out.length > 0; n--) {
            int at = random.nextInt(out.length);
            while (at < out.length && !Character.isLetterOrDigit(out[at])) {
                at++;
            }
            byte[] text = USER_TEXT[random.nextInt(USER_TEXT.length)].getBytes(StandardCharsets.UTF_8);
            byte[] next = new byte[out.length + text.length];
            int cut = Math.min(out.length, at + 1);
            System.arraycopy(out, 0, next, 0, cut);
            System.arraycopy(text, 0, next, cut, text.length);
            System.arraycopy(out, cut, next, cut + text.length, out.length - cut);
            out = next;
        }
        return out;
    }

    /** Removes one run of letters, digits or a single punctuation character. */
    private static byte[] deleteToken(byte[] content, Random random) {
        if (content.length == 0) {
            return content;
        }
        int at = random.nextInt(content.length);
        int start = at;
        int end = at + 1;
        if (Character.isLetterOrDigit(content[at])) {
            while (start > 0 && Character.isLetterOrDigit(content[start - 1])) {
                start--;
            }
            while (end < content.length && Character.isLetterOrDigit(content[end])) {
                end++;
            }
        }
        byte[] out = new byte[content.length - (end - start)];
        System.arraycopy(content, 0, out, 0, start);
        System.arraycopy(content, end, out, start, content.length - end);
        return out;
    }
}
