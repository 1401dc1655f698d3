package scorecards.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import scorecards.model.Period;

/**
 * Finds a period that lies far after every other assessed period: nearly always a mistyped year
 * ({@code 2062-Q3} for {@code 2026-Q3}), which would otherwise become the current period, leave
 * every other team stale and stretch every chart. Each file that gives assessments (a team file's
 * {@code period}, a survey file's name) is noted while it is read, from several threads.
 *
 * <p>A period is an outlier when it is the latest one assessed, only one file gives it, and it is
 * more than {@code outlier-after} periods after the next latest period assessed. Outliers are
 * taken off the top one by one, so that two typos are reported in one run. A period up to an
 * explicit {@code current-period} is believed: the organisation said that is the present. So is
 * every period of an organisation whose assessments all come from one file: with one team there is
 * no "every other team" for a period to run ahead of, and a pause in its history is its own.
 */
final class PeriodOutliers {

    /**
     * For each period, files that give it and where, first place per file: two files at least when
     * two or more give it, which is all that is asked of a period given by more than one file.
     */
    private final Map<Period, Map<String, Location>> uses = new ConcurrentSkipListMap<>();

    void add(String file, Period period, Location location) {
        Map<String, Location> files = uses.computeIfAbsent(period, p -> new ConcurrentSkipListMap<>());
        if (files.size() < 2) {
            files.putIfAbsent(file, location);
        }
    }

    /**
     * The outliers, each reported where its file gives it.
     *
     * @param current      the organisation's {@code current-period}, or null when it is left to the data
     * @param outlierAfter how many periods the latest period may lie after the next latest
     */
    List<Problem> problems(Period current, int outlierAfter) {
        List<Problem> problems = new ArrayList<>();
        if (uses.values().stream().flatMap(files -> files.keySet().stream()).distinct().count() < 2) {
            return problems;
        }
        NavigableMap<Period, Map<String, Location>> remaining = new TreeMap<>(uses);
        while (remaining.size() > 1) {
            Map.Entry<Period, Map<String, Location>> latest = remaining.pollLastEntry();
            Period period = latest.getKey();
            Period next = remaining.lastKey();
            int gap = period.periodsSince(next);
            boolean believed = current != null && period.compareTo(current) <= 0;
            if (believed || latest.getValue().size() > 1 || gap <= outlierAfter) {
                break;
            }
            latest.getValue().forEach((file, location) -> problems.add(new Problem(file, location.line(),
                    location.column(), "period " + period + " is " + gap + " periods after " + next
                    + ", the next latest period assessed, more than the " + outlierAfter + " that 'outlier-after' "
                    + "allows; correct it, or set current-period: " + period + " in organisation.yaml if it is meant")));
        }
        return problems;
    }
}
