package scorecards.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/** CSV text broken at random the ways files get broken: a piece dropped in, a character lost, a cut, random bytes. */
final class CsvFuzz {

    private CsvFuzz() {
    }

    /** {@code valid} with one to three random changes, from a seeded random so that a failure repeats. */
    static byte[] mutate(SplittableRandom random, String valid, List<String> pieces) {
        StringBuilder text = new StringBuilder(valid);
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, pieces.get(random.nextInt(pieces.size())));
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> text.setLength(at);
                default -> {
                    byte[] noise = new byte[1 + random.nextInt(6)];
                    random.nextBytes(noise);
                    byte[] start = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                    byte[] end = text.substring(at).getBytes(StandardCharsets.UTF_8);
                    byte[] all = new byte[start.length + noise.length + end.length];
                    System.arraycopy(start, 0, all, 0, start.length);
                    System.arraycopy(noise, 0, all, start.length, noise.length);
                    System.arraycopy(end, 0, all, start.length + noise.length, end.length);
                    return all;
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
