package scorecards.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import scorecards.model.Measurement;
import scorecards.model.Metric;
import scorecards.model.MetricValue;
import scorecards.model.Period;
import scorecards.render.Figures;
import scorecards.score.AssessmentScore;
import scorecards.score.Report;
import scorecards.score.Review;
import scorecards.score.TeamScore;

/**
 * The review flags a change adds or clears, per team and period, each with its reason as the
 * report that has it gives it: for {@code disagrees-with-measured}, the metric, the team file's
 * value and the measured one with its source, date and evidence (one flag per metric, so that a
 * second metric that comes to disagree is listed too); for {@code level-jump}, the levels before
 * and after. A flag held before and after, for whatever reason, is neither added nor cleared.
 */
final class ReviewChanges {

    /** One flag of one assessment: the metric is the disagreeing one, null for a level jump. */
    private record Flag(String teamId, Period period, String flag, String metric) {
        static final Comparator<Flag> ORDER = Comparator.comparing(Flag::teamId).thenComparing(Flag::period)
                .thenComparing(Flag::flag).thenComparing(flag -> flag.metric() == null ? "" : flag.metric());
    }

    private final List<String> rows = new ArrayList<>();

    /** @param level a level's name by id, as Markdown */
    ReviewChanges(Report before, Report after, Function<String, String> level) {
        Map<Flag, String> old = flags(before, level);
        Map<Flag, String> now = flags(after, level);
        Map<String, String> names = new TreeMap<>();
        before.teams().forEach(team -> names.put(team.team().id(), team.team().name()));
        after.teams().forEach(team -> names.put(team.team().id(), team.team().name()));
        Map<Flag, String> changed = new TreeMap<>(Flag.ORDER);
        now.forEach((flag, reason) -> {
            if (!old.containsKey(flag)) {
                changed.put(flag, row(flag, "added", reason, names));
            }
        });
        old.forEach((flag, reason) -> {
            if (!now.containsKey(flag)) {
                changed.put(flag, row(flag, "cleared", reason, names));
            }
        });
        rows.addAll(changed.values());
    }

    private static String row(Flag flag, String change, String reason, Map<String, String> names) {
        return "| " + MarkdownText.escape(names.get(flag.teamId())) + " | " + flag.period() + " | " + change + ": "
                + flag.flag() + " | " + reason + " |";
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("### A second look\n\n"
                + "Flags that ask a reviewer to look again at an assessment; they change no score.\n\n"
                + "| Team | Period | Flag | Why |\n|---|---|---|---|\n");
        rows.forEach(row -> out.append(row).append('\n'));
        return out.append('\n').toString();
    }

    /** Every flag of the report's assessments, with its reason as Markdown. */
    private static Map<Flag, String> flags(Report report, Function<String, String> level) {
        Map<Flag, String> flags = new TreeMap<>(Flag.ORDER);
        int levelJump = report.input().organisation().levelJump();
        for (TeamScore team : report.teams()) {
            for (AssessmentScore score : team.assessments()) {
                Review review = score.review();
                Period period = score.assessment().period();
                for (String metricId : review.disagreeing()) {
                    Metric metric = report.input().model().metrics().find(metricId).orElseThrow();
                    flags.put(new Flag(team.team().id(), period, Review.DISAGREES_WITH_MEASURED, metricId),
                            disagreement(metric, score.assessment().measured().get(metricId)));
                }
                if (review.jumped()) {
                    int levels = report.input().model().rank(score.levelId())
                            - report.input().model().rank(review.jumpedFrom());
                    flags.put(new Flag(team.team().id(), period, Review.LEVEL_JUMP, null),
                            level.apply(review.jumpedFrom()) + " → " + level.apply(score.levelId()) + ", " + levels
                                    + " levels above its previous self-report (review: level-jump is " + levelJump + ")");
                }
            }
        }
        return flags;
    }

    /** "Deployments per week: the team file says 0.5 per week, deploy-stats measured 4 per week on 2026-09-30 (…)". */
    private static String disagreement(Metric metric, Measurement measured) {
        return MarkdownText.escape(metric.label() + ": the team file says " + value(metric, measured.selfReported())
                + ", " + measured.source() + " measured " + value(metric, measured.value())
                + (measured.observedAt() == null ? "" : " on " + measured.observedAt())
                + (measured.evidence() == null ? "" : " (" + measured.evidence() + ")"));
    }

    /** A metric's value in words: yes or no, a choice, a number (a share as a percentage) with its unit. */
    private static String value(Metric metric, MetricValue value) {
        if (value instanceof MetricValue.Flag flag) {
            return flag.value() ? "yes" : "no";
        }
        if (value instanceof MetricValue.Choice choice) {
            return choice.id();
        }
        double number = ((MetricValue.Number) value).value();
        String figure = metric.isShare() ? Figures.ENGLISH.percent(number) : Figures.ENGLISH.figure(number);
        return metric.unit() == null ? figure : figure + " " + metric.unit();
    }
}
