package scorecards.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import scorecards.model.Cadence;
import scorecards.model.Ids;
import scorecards.model.Period;

/**
 * Reads the keys of one YAML mapping by name and type, reporting what is wrong instead of
 * throwing. Every key asked for becomes a known key; {@link #rejectUnknown()} then reports
 * the rest with the closest known name, since an unknown key is nearly always a typo.
 * A key given with no value ({@code key:}) counts as not given.
 */
public final class Fields {

    /** Longest single-line text (names, needs); longer is nearly always a pasting accident. */
    public static final int MAX_LINE_TEXT = 200;
    /** Longest Markdown text (descriptions, notes). */
    public static final int MAX_MARKDOWN = 20_000;

    private final Node.MapNode map;
    private String where;
    private final Problems problems;
    private final Map<String, Node.Entry> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    /**
     * @param where how the mapping is named in messages, e.g. "assessment 2025-Q3" or
     *              "the file"
     */
    public Fields(Node.MapNode map, String where, Problems problems) {
        this.map = map;
        this.where = where;
        this.problems = problems;
        for (Node.Entry entry : map.entries()) {
            entries.put(entry.key(), entry);
        }
    }

    /** Reads a node that must be a mapping; reports and returns empty otherwise. */
    public static Optional<Fields> of(Node node, String name, String where, Problems problems) {
        if (node instanceof Node.MapNode map) {
            return Optional.of(new Fields(map, where, problems));
        }
        problems.report(node.location(), Quoted.of(name) + " must be a mapping of keys to values, found "
                + node.describe());
        return Optional.empty();
    }

    /** Names the mapping anew once it is known better, e.g. by the period an assessment gives. */
    public void describeAs(String name) {
        this.where = name;
    }

    /**
     * Reads an entry of a list that must be a mapping, e.g. each product of {@code uses}; the
     * message shows what an entry looks like.
     */
    public static Optional<Fields> entry(Node node, String list, String example, String where, Problems problems) {
        if (node instanceof Node.MapNode map) {
            return Optional.of(new Fields(map, where, problems));
        }
        problems.report(node.location(), "each entry of '" + list + "' must be a mapping such as '" + example
                + "', found " + node.describe());
        return Optional.empty();
    }

    public Location location() {
        return map.location();
    }

    public Problems problems() {
        return problems;
    }

    /** The value of a key, if given and not null; marks the key as known. */
    public Optional<Node> node(String key) {
        known.add(key);
        Node.Entry entry = entries.get(key);
        if (entry == null || entry.value() instanceof Node.ScalarNode scalar && scalar.isNull()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    public boolean has(String key) {
        return node(key).isPresent();
    }

    /** Where a key is written (the key itself), or where the mapping starts. */
    public Location keyLocation(String key) {
        Node.Entry entry = entries.get(key);
        return entry == null ? map.location() : entry.keyLocation();
    }

    public Optional<String> text(String key) {
        return scalarText(key, MAX_LINE_TEXT, false);
    }

    public Optional<String> markdown(String key) {
        return scalarText(key, MAX_MARKDOWN, true);
    }

    public Optional<String> requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !entries.containsKey(key)) {
            missing(key);
        } else if (value.isEmpty() && entries.get(key).value() instanceof Node.ScalarNode scalar && scalar.isNull()) {
            problems.report(entries.get(key).keyLocation(), "'" + key + "' needs a value");
        }
        return value;
    }

    /**
     * Reports a required key as missing, unless a misspelling of it is there: then the unknown
     * key's "did you mean" says it all, at the right place.
     */
    public void missing(String key) {
        boolean misspelt = entries.keySet().stream()
                .anyMatch(given -> !given.equals(key) && Suggestions.closest(given, List.of(key)).isPresent());
        if (!misspelt) {
            problems.report(map.location(), "missing required key '" + key + "' in " + where);
        }
    }

    private Optional<String> scalarText(String key, int maxLength, boolean multiline) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof Node.ScalarNode scalar)) {
            problems.report(node.get().location(), "'" + key + "' must be text, found " + node.get().describe());
            return Optional.empty();
        }
        String value = scalar.text().strip();
        if (value.isEmpty()) {
            problems.report(scalar.location(), "'" + key + "' is empty");
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            problems.report(scalar.location(), "'" + key + "' is " + value.length()
                    + " characters long; at most " + maxLength + " are allowed");
            return Optional.empty();
        }
        if (!multiline && value.contains("\n")) {
            problems.report(scalar.location(), "'" + key + "' must be a single line");
            return Optional.empty();
        }
        if (!charactersAreText("'" + key + "'", value, multiline, scalar.location(), problems)) {
            return Optional.empty();
        }
        return Optional.of(multiline ? scalar.text() : value);
    }

    /**
     * The one rule for the characters of team-written text: no control characters (a tab is
     * white space and allowed; line breaks only in Markdown), no line or paragraph separators, no
     * bidirectional controls and no unpaired surrogates. YAML's escapes ({@code "\e"}, {@code "\x1B"}
     * and the like) can write any of them, and each would reach a terminal as a command, or reorder
     * or hide what a page, a CSV cell or a pull-request comment shows. Reported at {@code location},
     * the first such character named as an escape.
     *
     * @param what     the text as a message names it, e.g. {@code 'name'} or "a need"
     * @param markdown whether the text is Markdown, where line breaks belong
     * @return whether the text is free of them
     */
    public static boolean charactersAreText(String what, String text, boolean markdown, Location location,
            Problems problems) {
        int first = -1;
        int others = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean allowed = codePoint == '\t' || markdown && (codePoint == '\n' || codePoint == '\r');
            if (!allowed && Quoted.isHidden(codePoint)) {
                if (first < 0) {
                    first = codePoint;
                } else {
                    others++;
                }
            }
        }
        if (first < 0) {
            return true;
        }
        problems.report(location, what + " holds the " + Quoted.kindOf(first) + " " + Quoted.shown(first)
                + (others == 0 ? "; remove it"
                        : " and " + others + " other hidden character" + (others == 1 ? "" : "s") + "; remove them"));
        return false;
    }

    public Optional<String> id(String key) {
        return text(key).filter(value -> {
            if (Ids.isValid(value)) {
                return true;
            }
            problems.report(node(key).orElseThrow().location(), Quoted.of(value) + " is not a valid id: use " + Ids.RULE);
            return false;
        });
    }

    /** An id that must be given; reported as missing otherwise. */
    public Optional<String> requiredId(String key) {
        Optional<String> value = id(key);
        if (!has(key)) {
            missing(key);
        }
        return value;
    }

    public Optional<Boolean> flag(String key) {
        return node(key).flatMap(node -> {
            if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.FLAG) {
                return Optional.of(scalar.flag());
            }
            problems.report(node.location(), "'" + key + "' must be true or false, found " + node.describe()
                    + flagHint(node));
            return Optional.empty();
        });
    }

    /** A number that must satisfy {@code allowed}, which {@code wanted} describes in words. */
    public Optional<BigDecimal> number(String key, String wanted, Function<BigDecimal, Boolean> allowed) {
        return node(key).flatMap(node -> {
            if (!(node instanceof Node.ScalarNode scalar) || scalar.kind() != Node.ScalarNode.Kind.NUMBER) {
                problems.report(node.location(), "'" + key + "' must be " + wanted + ", found " + node.describe()
                        + (isQuotedNumber(node) ? "; remove the quotes" : ""));
                return Optional.empty();
            }
            if (scalar.number() == null) {
                problems.report(node.location(), "'" + key + "' must be " + wanted + ", found " + Quoted.of(scalar.text())
                        + ", which is not a finite number");
                return Optional.empty();
            }
            if (!allowed.apply(scalar.number())) {
                problems.report(node.location(), "'" + key + "' must be " + wanted + ", found " + Quoted.text(scalar.text()));
                return Optional.empty();
            }
            return Optional.of(scalar.number());
        });
    }

    /** A period in the given cadence (or either cadence, when the cadence is not known). */
    public Optional<Period> period(String key, Cadence cadence) {
        return text(key).flatMap(text -> {
                    Location location = node(key).orElseThrow().location();
                    Optional<Period> period = Period.parse(text);
                    if (period.isEmpty()) {
                        problems.report(location, "'" + key + "' must be a period like "
                                + (cadence == null ? Cadence.QUARTERLY.example() + " or " + Cadence.MONTHLY.example()
                                : cadence.example()) + ", found " + Quoted.of(text));
                    } else if (cadence != null && period.get().cadence() != cadence) {
                        problems.report(location, "period " + Quoted.of(text) + " does not fit the " + cadence.id()
                                + " cadence of organisation.yaml; write it like " + cadence.example());
                        return Optional.empty();
                    } else {
                        Optional<String> outside = outsideTheYears(period.get());
                        outside.ifPresent(message -> problems.report(location, message));
                        return outside.isPresent() ? Optional.empty() : period;
                    }
                    return period;
                });
    }

    /** Why a period is not believable, when its year is outside {@link Period#FIRST_YEAR} to {@link Period#LAST_YEAR}. */
    public static Optional<String> outsideTheYears(Period period) {
        Period first = Period.first(period.cadence());
        Period last = Period.last(period.cadence());
        if (period.compareTo(first) >= 0 && period.compareTo(last) <= 0) {
            return Optional.empty();
        }
        return Optional.of("period " + Quoted.of(period.toString()) + " is " + (period.compareTo(first) < 0
                ? "before " + first : "after " + last) + "; periods run from " + first + " to " + last);
    }

    /** A list; a single value where a list is wanted is reported. */
    public Optional<List<Node>> list(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof Node.ListNode list) {
            return Optional.of(list.items());
        }
        problems.report(node.get().location(), "'" + key + "' must be a list, found " + node.get().describe());
        return Optional.empty();
    }

    /** A list that must be given; reported as missing otherwise. */
    public Optional<List<Node>> requiredList(String key) {
        Optional<List<Node>> value = list(key);
        if (!has(key)) {
            missing(key);
        }
        return value;
    }

    public Optional<Fields> mapping(String key, String where) {
        return node(key).flatMap(node -> of(node, key, where, problems));
    }

    /** Reads each item of a list with {@code reader}, keeping those read without problems. */
    public <T> List<T> each(List<Node> items, Function<Node, Optional<T>> reader) {
        List<T> read = new ArrayList<>();
        for (Node item : items) {
            reader.apply(item).ifPresent(read::add);
        }
        return read;
    }

    private static String flagHint(Node node) {
        if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.TEXT) {
            String text = scalar.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return "; remove the quotes";
            }
            if (List.of("yes", "no", "on", "off", "y", "n").contains(text)) {
                return "; write true or false";
            }
        }
        return "";
    }

    private static boolean isQuotedNumber(Node node) {
        if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.TEXT) {
            try {
                new BigDecimal(scalar.text().strip());
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** Reports every key that no one asked for, with the closest known name. */
    public void rejectUnknown() {
        for (Node.Entry entry : entries.values()) {
            if (!known.contains(entry.key())) {
                problems.report(entry.keyLocation(), "unknown key " + Quoted.of(entry.key()) + " in " + where
                        + Suggestions.hint(entry.key(), known));
            }
        }
    }
}
