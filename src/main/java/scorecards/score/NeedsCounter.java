package scorecards.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import scorecards.model.Texts;
import scorecards.model.Assessment;

/**
 * Counts needs across teams. Two needs are the same when they are equal after trimming,
 * collapsing runs of white space and ignoring case; the most shared come first, ties by text.
 */
final class NeedsCounter {

    private NeedsCounter() {
    }

    /** @param byTeam each team's assessment for the period, keyed by team id */
    static List<Need> count(Map<String, Assessment> byTeam) {
        Map<String, String> wording = new LinkedHashMap<>();
        Map<String, TreeSet<String>> teams = new LinkedHashMap<>();
        byTeam.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            for (String need : entry.getValue().needs()) {
                String text = Texts.collapseSpaces(need);
                String key = text.toLowerCase(Locale.ROOT);
                wording.putIfAbsent(key, text);
                teams.computeIfAbsent(key, k -> new TreeSet<>()).add(entry.getKey());
            }
        });
        List<Need> needs = new ArrayList<>();
        teams.forEach((key, ids) -> needs.add(new Need(wording.get(key), List.copyOf(ids))));
        needs.sort(Comparator.comparingInt((Need need) -> -need.teams().size())
                .thenComparing(need -> need.text().toLowerCase(Locale.ROOT))
                .thenComparing(Need::text));
        return needs;
    }
}
