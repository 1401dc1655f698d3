package scorecards.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page of the documentation, read as GitHub reads it for what the tests need: its
 * fenced blocks with the words after their language, its headings' anchors and its links.
 */
record MarkdownPage(Path file, String name, List<Block> blocks, Set<String> anchors, List<Link> links) {

    /** A fenced block: the line of its opening fence, its language, the words after it, and its text. */
    record Block(int line, String language, Map<String, String> words, String body) {
        boolean has(String word) {
            return words.containsKey(word);
        }

        String word(String word) {
            return words.get(word);
        }
    }

    /** A link or image of the page's text (not of its code), and the line it is on. */
    record Link(int line, String target) {
    }

    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    static MarkdownPage read(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                String marker = fence.group(1);
                int start = i;
                StringBuilder body = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith(marker)) {
                    body.append(lines.get(i)).append('\n');
                    i++;
                }
                String[] info = fence.group(2).isBlank() ? new String[0] : fence.group(2).strip().split("\\s+");
                Map<String, String> words = new LinkedHashMap<>();
                for (int w = 1; w < info.length; w++) {
                    int equals = info[w].indexOf('=');
                    words.put(equals < 0 ? info[w] : info[w].substring(0, equals),
                            equals < 0 ? "" : info[w].substring(equals + 1));
                }
                blocks.add(new Block(start + 1, info.length == 0 ? "" : info[0], words, body.toString()));
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(new Link(i + 1, link.group(1)));
            }
        }
        return new MarkdownPage(file, name, List.copyOf(blocks), Set.copyOf(anchors), List.copyOf(links));
    }

    /**
     * A heading's anchor by GitHub's rules: the text as shown (links by their text, code without
     * its backticks), in lower case, every character but letters, digits, spaces, '-' and '_'
     * dropped, and each space turned into '-'.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }
}
