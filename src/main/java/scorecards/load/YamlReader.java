package scorecards.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns the bytes of one YAML file into a {@link Node} tree, or into problems. It is the
 * project's only YAML entry point and refuses what could hurt a build: files that are too
 * large, nesting that is too deep, aliases (which could expand without bound), several
 * documents in one file, and duplicate keys, which YAML parsers usually resolve silently.
 */
public final class YamlReader {

    /** Far above any real scorecard, far below what could slow a build. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** The format nests five levels deep; anything much deeper is not a scorecard. */
    public static final int MAX_DEPTH = 20;

    private static final Pattern TRUE_OR_FALSE = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by this reader, with both places
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH * 5);
        options.setCodePointLimit(MAX_FILE_BYTES);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                // "key:" with nothing after it means "not given", as it reads; "key: ''" stays an empty text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH * 5)
                        .maxNumberLength(100)
                        .maxStringLength(MAX_FILE_BYTES)
                        .build())
                .build();
    }

    /** The file's root value, or empty after reporting why there is none. */
    public Optional<Node> read(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.report(Location.START, "file is " + bytes.length + " bytes, more than the "
                    + MAX_FILE_BYTES + " a scorecards file may have");
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank() || onlyComments(text.get())) {
            problems.report(Location.START, "file is empty");
            return Optional.empty();
        }
        try (YAMLParser parser = (YAMLParser) factory.createParser(text.get())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.report(Location.START, "file is empty");
                return Optional.empty();
            }
            Optional<Node> root = new TreeBuilder(parser, problems).root();
            JsonToken after = root.isPresent() ? parser.nextToken() : null;
            if (after != null) {
                Location next = locationOf(parser.currentTokenLocation());
                problems.report(documentSeparatorBefore(text.get(), next),
                        "a second YAML document starts here; a scorecards file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ReaderException unreadable) {
                problems.report(codePointLocation(text.get(), unreadable.getPosition()),
                        "YAML syntax error: the character " + Quoted.text(Character.toString(unreadable.getCodePoint()))
                                + " is not allowed in a YAML file; remove it");
            } else {
                problems.report(locationOf(e), syntaxMessage(e));
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.report(Location.START, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The '---' line that opens the document whose first token is at {@code next}: what the user must remove. */
    private static Location documentSeparatorBefore(String text, Location next) {
        List<String> lines = text.lines().toList();
        for (int line = Math.min(next.line(), lines.size()); line >= 1; line--) {
            if (lines.get(line - 1).startsWith("---")) {
                return new Location(line, 1);
            }
        }
        return next;
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip)
                .allMatch(line -> line.isEmpty() || line.startsWith("#") || line.equals("---") || line.equals("..."));
    }

    /** Strict UTF-8 (a leading byte-order mark is allowed): a wrong byte is reported where it is. */
    private static Optional<String> decode(byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            problems.report(endOf(out), String.format(Locale.ROOT,
                    "file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
                    bytes[in.position()] & 0xFF, in.position()));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    /** The location just after the given text, i.e. where the next character would stand. */
    private static Location endOf(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    /** Where the character at a code point offset stands, counting columns in characters as the parser does. */
    private static Location codePointLocation(String text, int offset) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int seen = 0; seen < offset && index < text.length(); seen++) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static Location locationOf(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && isUnclosedQuote(marked)) {
            return new Location(marked.getContextMark().getLine() + 1, marked.getContextMark().getColumn() + 1);
        }
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new Location(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        return e.getLocation() == null ? Location.START : locationOf(e.getLocation());
    }

    private static Location locationOf(JsonLocation location) {
        return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (!(e.getCause() instanceof MarkedYAMLException marked)) {
            String original = String.valueOf(e.getOriginalMessage());
            if (original.contains("nesting depth")) {
                return "nesting is deeper than " + MAX_DEPTH + " levels";
            }
            if (original.startsWith("Expected a field name")) {
                // "? [a, b]\n: 1" or "[a, b]: 1": valid YAML, but every key of a scorecards file is a name.
                return "a list or a mapping cannot be a key; a key is a name, such as 'period' or 'name'";
            }
            // The parser's own words name its classes ("<org.yaml...Event(...)>"): keep them out.
            return original.contains("org.yaml.") ? "YAML syntax error: a form of YAML a scorecards file does not use"
                    : "YAML syntax error: " + original.replaceAll("\\s+", " ").strip();
        }
        String problem = String.valueOf(marked.getProblem()).replaceAll("\\s+", " ").strip();
        if (problem.contains("\\t(TAB)")) {
            return "YAML syntax error: a tab character here; indent YAML with spaces, never tabs";
        }
        if (isUnclosedQuote(marked)) {
            return "YAML syntax error: this quoted text is never closed";
        }
        StringBuilder message = new StringBuilder("YAML syntax error: ");
        if (marked.getContext() != null) {
            message.append(marked.getContext().strip()).append(": ");
        }
        message.append(problem);
        if (marked.getContextMark() != null && marked.getProblemMark() != null
                && marked.getContextMark().getLine() != marked.getProblemMark().getLine()) {
            message.append(" (it starts at line ").append(marked.getContextMark().getLine() + 1)
                    .append(", column ").append(marked.getContextMark().getColumn() + 1).append(")");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "YAML syntax error: a ':' where no key can start; check this line's indentation, "
                    + "look for a missing ':' on the line above, or quote a value that contains ': '";
        }
        if (problem.startsWith("expected <block end>")) {
            return "YAML syntax error: this line is indented differently from the keys or list items around it; "
                    + "keys of one mapping start in the same column";
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            return "YAML syntax error: a list or mapping in brackets is not closed before this point ("
                    + problem + ")";
        }
        return message.toString();
    }

    /** Ends reading a file whose nesting is too deep: nothing deeper is worth reading. */
    private static final class TooDeepException extends RuntimeException {
        private final Location location;

        TooDeepException(Location location) {
            super(null, null, false, false);
            this.location = location;
        }
    }

    /** An unclosed quote is found only at the end of the file; the useful place is where it opens. */
    private static boolean isUnclosedQuote(MarkedYAMLException marked) {
        return marked.getContextMark() != null && String.valueOf(marked.getContext()).contains("quoted scalar")
                && String.valueOf(marked.getProblem()).contains("end of stream");
    }

    /** Builds the tree from the token stream, one value at a time. */
    private static final class TreeBuilder {
        private final YAMLParser parser;
        private final Problems problems;
        private int aliases;
        private Location firstAlias;
        private String firstAliasName;

        TreeBuilder(YAMLParser parser, Problems problems) {
            this.parser = parser;
            this.problems = problems;
        }

        /** Reads the root value; reports aliases once, however many there are. */
        Optional<Node> root() throws IOException {
            Optional<Node> root;
            try {
                root = value(0);
            } catch (TooDeepException e) {
                problems.report(e.location, "nesting is deeper than " + MAX_DEPTH + " levels; a scorecards file "
                        + "is never this deep");
                return Optional.empty();
            }
            if (aliases > 0) {
                problems.report(firstAlias, "YAML aliases are not supported (*" + Quoted.text(firstAliasName)
                        + (aliases > 1 ? ", and " + (aliases - 1) + " more" : "") + "); write each value out in full");
            }
            return root;
        }

        /** Reads the value at the current token; leaves the parser on its last token. */
        Optional<Node> value(int depth) throws IOException {
            Location location = locationOf(parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            if (parser.isCurrentAlias()) {
                aliases++;
                if (firstAlias == null) {
                    firstAlias = location;
                    firstAliasName = parser.getText();
                }
                return Optional.empty();
            }
            if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
                throw new TooDeepException(location);
            }
            return switch (token) {
                case START_OBJECT -> Optional.of(mapping(location, depth));
                case START_ARRAY -> Optional.of(sequence(location, depth));
                default -> Optional.of(scalar(location, token));
            };
        }

        private Node mapping(Location location, int depth) throws IOException {
            List<Node.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyLocation = locationOf(parser.currentTokenLocation());
                parser.nextToken();
                Optional<Node> value = value(depth + 1);
                Location earlier = seen.putIfAbsent(key, keyLocation);
                if (earlier != null) {
                    problems.report(keyLocation, "duplicate key " + Quoted.of(key) + " (first given at line "
                            + earlier.line() + ")");
                } else {
                    value.ifPresent(node -> entries.add(new Node.Entry(key, keyLocation, node)));
                }
            }
            return new Node.MapNode(location, entries);
        }

        private Node sequence(Location location, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(depth + 1).ifPresent(items::add);
            }
            return new Node.ListNode(location, items);
        }

        private Node scalar(Location location, JsonToken token) throws IOException {
            String text = parser.getText();
            return switch (token) {
                case VALUE_NULL -> new Node.ScalarNode(location, Node.ScalarNode.Kind.NULL, text, null, null);
                case VALUE_TRUE, VALUE_FALSE -> TRUE_OR_FALSE.matcher(text).matches()
                        ? new Node.ScalarNode(location, Node.ScalarNode.Kind.FLAG, text, null, token == JsonToken.VALUE_TRUE)
                        // yes/no/on/off are text here: "NO" as a country code must stay "NO".
                        : new Node.ScalarNode(location, Node.ScalarNode.Kind.TEXT, text, null, null);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        new Node.ScalarNode(location, Node.ScalarNode.Kind.NUMBER, text, finiteNumber(), null);
                default -> new Node.ScalarNode(location, Node.ScalarNode.Kind.TEXT, text, null, null);
            };
        }

        /** The number, or null for .inf, .nan and forms that are no decimal number. */
        private BigDecimal finiteNumber() {
            try {
                return parser.getDecimalValue();
            } catch (IOException | NumberFormatException e) {
                return null;
            }
        }
    }
}
