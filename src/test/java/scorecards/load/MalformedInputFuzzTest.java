package scorecards.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import scorecards.testing.Fixtures;

/**
 * Thousands of malformed variants of the example's files, made by mutations a hurried editor,
 * a bad merge or a hostile pull request could produce. Whatever the bytes, loading ends with
 * either a valid result or located problems: never an exception, a hang or a crash.
 */
class MalformedInputFuzzTest {

    private static final int CASES_PER_FILE = 1000;
    private static final Pattern LOCATED = Pattern.compile("[^:]+:\\d+:\\d+: .+");

    @TempDir
    Path temp;

    /** One way to break a file; each is applied with a fresh random draw. */
    private static final List<Function<Mutation, String>> TEXT_MUTATIONS = List.of(
            m -> m.text.substring(0, m.random.nextInt(m.text.length() + 1)),                 // truncate
            m -> m.lines(lines -> lines.add(m.random.nextInt(lines.size()), lines.get(m.random.nextInt(lines.size())))),
            m -> m.lines(lines -> lines.remove(m.random.nextInt(lines.size()))),             // delete a line
            m -> m.lines(lines -> java.util.Collections.swap(lines, m.random.nextInt(lines.size()), m.random.nextInt(lines.size()))),
            m -> m.replaceValue("\"text\""), m -> m.replaceValue("[1, 2]"), m -> m.replaceValue("{a: 1}"),
            m -> m.replaceValue(".nan"), m -> m.replaceValue("-.inf"), m -> m.replaceValue("1e400"),
            m -> m.replaceValue("123456789012345678901234567890"), m -> m.replaceValue("-1"),
            m -> m.replaceValue("\"" + "x".repeat(5000) + "\""), m -> m.replaceValue("*alias"), m -> m.replaceValue("&a [1]"),
            m -> m.replaceValue("yes"), m -> m.replaceValue("~"), m -> m.replaceValue(""),
            m -> m.replaceValue("[" .repeat(200) + "]".repeat(200)),
            m -> "\uFEFF" + m.text,                                                          // byte-order mark
            m -> m.text.replace("\n", "\r\n"),                                               // Windows line ends
            m -> m.lines(lines -> lines.set(m.random.nextInt(lines.size()), "\t" + lines.get(m.random.nextInt(lines.size())))),
            m -> m.lines(lines -> lines.set(m.random.nextInt(lines.size()), " " + lines.get(m.random.nextInt(lines.size())))),
            m -> m.lines(lines -> lines.add(m.random.nextInt(lines.size()), "---")),
            m -> m.lines(lines -> lines.add(m.random.nextInt(lines.size()), "unknwn-key: 1")),
            m -> m.text + "\n" + "  ".repeat(60) + "deep: 1\n",
            m -> "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" + m.text);

    /** Every mutation, as the bytes of the broken file. */
    private static final List<Function<Mutation, byte[]>> MUTATIONS = new ArrayList<>();

    static {
        TEXT_MUTATIONS.forEach(mutation -> MUTATIONS.add(m -> mutation.apply(m).getBytes(StandardCharsets.UTF_8)));
        MUTATIONS.add(Mutation::randomBytes);
    }

    private static final class Mutation {
        final String text;
        final SplittableRandom random;

        Mutation(String text, SplittableRandom random) {
            this.text = text;
            this.random = random;
        }

        String lines(java.util.function.Consumer<List<String>> change) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            change.accept(lines);
            return String.join("\n", lines) + "\n";
        }

        /** Replaces the value of one "key: value" line. */
        String replaceValue(String value) {
            return lines(lines -> {
                for (int tries = 0; tries < 20; tries++) {
                    int index = random.nextInt(lines.size());
                    String line = lines.get(index);
                    int colon = line.indexOf(": ");
                    if (colon > 0 && !line.strip().startsWith("#")) {
                        lines.set(index, line.substring(0, colon + 2) + value);
                        return;
                    }
                }
            });
        }

        /** Five random bytes anywhere: broken UTF-8, control characters, anything. */
        byte[] randomBytes() {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return bytes;
        }
    }

    // A guard against a hang only; the run takes seconds.
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void every_malformed_variant_is_either_valid_or_reported_with_locations() throws Exception {
        // The example's organisation and model with one of its teams: every load reads all three.
        Path source = Files.createDirectories(temp.resolve("source"));
        Path example = Fixtures.example().resolve("scorecards");
        Files.createDirectories(source.resolve("scorecards/teams"));
        for (String file : List.of("organisation.yaml", "model.yaml", "teams/payments.yaml")) {
            Files.copy(example.resolve(file), source.resolve("scorecards").resolve(file));
        }
        List<String> files = List.of("scorecards/organisation.yaml", "scorecards/model.yaml", "scorecards/teams/payments.yaml");
        SplittableRandom random = new SplittableRandom(20261123);
        SourceLoader loader = new SourceLoader();
        int cases = 0;
        int invalid = 0;
        for (String file : files) {
            Path path = source.resolve(file);
            byte[] original = Files.readAllBytes(path);
            String text = new String(original, StandardCharsets.UTF_8);
            for (int i = 0; i < CASES_PER_FILE; i++) {
                Mutation mutation = new Mutation(text, random.split());
                Files.write(path, MUTATIONS.get(i % MUTATIONS.size()).apply(mutation));

                SourceLoader.Result result = loader.load(source);

                cases++;
                if (!result.isValid()) {
                    invalid++;
                    for (Problem problem : result.problems()) {
                        assertTrue(LOCATED.matcher(problem.toString()).matches(), problem.toString());
                        assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
                        assertFalse(problem.message().contains("Exception"), problem.toString());
                    }
                } else {
                    assertTrue(result.scorecards().isPresent());
                }
            }
            Files.write(path, original);
        }
        assertEquals(3 * CASES_PER_FILE, cases);
        assertTrue(invalid > cases / 2, invalid + " of " + cases + " variants were invalid");
        System.out.println("malformed-input fuzz: " + cases + " variants, " + invalid + " reported as invalid");
    }
}
