package scorecards.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a shell example, split into words as a POSIX shell would for the little the
 * documentation uses: quotes, a backslash at a line's end, {@code &&} between commands, comments,
 * and variables set before a command ({@code JMH=0 bench/run}).
 */
final class ShellCommands {

    /** One command: the line of the block it starts on (from 0), the variables set for it, and its words. */
    record Command(int line, List<String> variables, List<String> words) {
        String program() {
            return words.isEmpty() ? "" : words.get(0);
        }

        List<String> arguments() {
            return words.subList(1, words.size());
        }
    }

    private ShellCommands() {
    }

    static List<Command> parse(String block) {
        List<Command> commands = new ArrayList<>();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int start = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (logical.toString().endsWith("\\") && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(' ').append(lines[++i]);
            }
            List<String> words = new ArrayList<>();
            for (String word : words(logical.toString())) {
                if (word.equals("&&")) {
                    add(commands, start, words);
                    words = new ArrayList<>();
                } else {
                    words.add(word);
                }
            }
            add(commands, start, words);
        }
        return commands;
    }

    private static void add(List<Command> commands, int line, List<String> words) {
        int first = 0;
        while (first < words.size() && words.get(first).matches("[A-Z_][A-Z0-9_]*=.*")) {
            first++;
        }
        if (first < words.size()) {
            commands.add(new Command(line, List.copyOf(words.subList(0, first)), List.copyOf(words.subList(first, words.size()))));
        }
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c == '\\' && i + 1 < line.length() ? line.charAt(++i) : c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("a quote is left open in: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
