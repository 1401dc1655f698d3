package scorecards.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorecards.load.Problem;
import scorecards.model.Level;
import scorecards.model.Period;
import scorecards.render.Figures;
import scorecards.score.AssessmentScore;
import scorecards.score.DimensionScore;
import scorecards.score.ProductRollup;
import scorecards.score.Report;
import scorecards.score.Rollup;
import scorecards.score.RollupFigure;
import scorecards.score.TeamScore;

/**
 * What a change to the scorecards does, in Markdown a reviewer reads in ten seconds: when the
 * model changed, which teams it moves; teams whose level or score moved and why; the review flags
 * it adds or clears; new and removed teams; campaigns whose status or file changed; and the
 * organisation's figures for the current period before and after, its own metrics' among them.
 * Pure: it compares two scored reports.
 */
public final class ReportDiff {

    private final Report before;
    private final Report after;
    private final Map<String, Integer> rank = new LinkedHashMap<>();
    private final Map<String, String> levelNames = new LinkedHashMap<>();
    private final ChangeCauses causes;

    public ReportDiff(Report before, Report after) {
        this.before = before;
        this.after = after;
        this.causes = new ChangeCauses(before, after);
        List<Level> levels = after.input().model().levels();
        for (int i = 0; i < levels.size(); i++) {
            rank.put(levels.get(i).id(), i);
            levelNames.put(levels.get(i).id(), levels.get(i).name());
        }
        before.input().model().levels().forEach(level -> levelNames.putIfAbsent(level.id(), level.name()));
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("## Scorecards: what this change does\n\n");
        Period current = after.currentPeriod();
        if (!Objects.equals(before.currentPeriod(), current)) {
            out.append("Current period: ").append(before.currentPeriod()).append(" → **").append(current).append("**\n\n");
        }
        List<String> teamRows = teamRows();
        List<String> added = teamNames(after, before);
        List<String> removed = teamNames(before, after);
        List<String> figureRows = figureRows(current);
        List<String> campaignRows = CampaignChanges.rows(before, after);
        SurveyChanges surveys = new SurveyChanges(before, after);
        ReviewChanges flags = new ReviewChanges(before, after, this::level);
        if (causes.modelChanged()) {
            out.append(modelMoves());
        }
        if (teamRows.isEmpty() && added.isEmpty() && removed.isEmpty() && figureRows.isEmpty()
                && campaignRows.isEmpty() && surveys.isEmpty() && flags.isEmpty()) {
            return out.append("No change to any team's level or score, nor to the organisation's figures.\n").toString();
        }
        if (!teamRows.isEmpty()) {
            out.append("### Teams\n\n| Team | Latest period | Overall level | Score | Dimensions that moved | Why |\n"
                    + "|---|---|---|---|---|---|\n");
            teamRows.forEach(row -> out.append(row).append('\n'));
            out.append('\n');
        }
        if (!flags.isEmpty()) {
            out.append(flags.markdown());
        }
        if (!surveys.isEmpty()) {
            out.append(surveys.markdown(current));
        }
        if (!added.isEmpty()) {
            out.append("**New teams:** ").append(String.join(", ", added)).append("\n\n");
        }
        if (!removed.isEmpty()) {
            out.append("**Removed teams:** ").append(String.join(", ", removed)).append("\n\n");
        }
        if (!campaignRows.isEmpty()) {
            out.append("### Campaigns\n\n| Campaign | Before | After | What changed in its file | Teams |\n"
                    + "|---|---|---|---|---|\n");
            campaignRows.forEach(row -> out.append(row).append('\n'));
            out.append('\n');
        }
        if (!figureRows.isEmpty()) {
            out.append("### Organisation, ").append(current).append("\n\n| Figure | Before | After | Change |\n|---|---|---|---|\n");
            figureRows.forEach(row -> out.append(row).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    /** Markdown for a change whose scorecards do not validate: the problems, each where it is. */
    public static String problems(List<Problem> problems) {
        StringBuilder out = new StringBuilder("## Scorecards: this change has problems\n\n");
        for (Problem problem : problems) {
            out.append("- ").append(MarkdownText.code(problem.file() + ":" + problem.line() + ":" + problem.column()))
                    .append(' ').append(MarkdownText.escape(problem.message())).append('\n');
        }
        return out.append('\n').append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(": the site is not built until they are fixed.\n").toString();
    }

    private List<String> teamRows() {
        Map<String, TeamScore> old = new LinkedHashMap<>();
        before.teams().forEach(team -> old.put(team.team().id(), team));
        List<String> rows = new ArrayList<>();
        for (TeamScore team : after.teams()) {
            TeamScore earlier = old.get(team.team().id());
            if (earlier == null) {
                continue;
            }
            AssessmentScore now = team.latest();
            AssessmentScore then = earlier.latest();
            List<String> dimensions = new ArrayList<>();
            for (DimensionScore dimension : now.dimensions()) {
                DimensionScore previous = then.dimensions().stream()
                        .filter(d -> d.dimension().id().equals(dimension.dimension().id())).findFirst().orElse(null);
                if (previous != null && !previous.levelId().equals(dimension.levelId())) {
                    dimensions.add(MarkdownText.escape(dimension.dimension().name()) + ": "
                            + levelChange(previous.levelId(), dimension.levelId()));
                }
            }
            boolean periodMoved = !now.assessment().period().equals(then.assessment().period());
            boolean levelMoved = !now.levelId().equals(then.levelId());
            boolean scoreMoved = !Figures.ENGLISH.score(now.score()).equals(Figures.ENGLISH.score(then.score()));
            if (!periodMoved && !levelMoved && !scoreMoved && dimensions.isEmpty()) {
                continue;
            }
            rows.add("| " + MarkdownText.escape(team.team().name())
                    + " | " + (periodMoved ? then.assessment().period() + " → " : "") + now.assessment().period()
                    + " | " + (levelMoved ? levelChange(then.levelId(), now.levelId()) : level(now.levelId()))
                    + " | " + (scoreMoved ? Figures.ENGLISH.score(then.score()) + " → " + Figures.ENGLISH.score(now.score())
                            + " (" + Figures.ENGLISH.scoreChange(now.score(), then.score()) + ")" : Figures.ENGLISH.score(now.score()))
                    + " | " + (dimensions.isEmpty() ? "" : String.join("; ", dimensions))
                    + " | " + String.join("; ", causes.of(earlier, team)) + " |");
        }
        return rows;
    }

    /** Which teams the new model alone moves, from their old files: the first thing a model change must say. */
    private String modelMoves() {
        List<String> moved = new ArrayList<>();
        for (TeamScore team : before.teams()) {
            TeamScore rescored = causes.underNewModel(team.team().id());
            if (!rescored.latest().levelId().equals(team.latest().levelId())) {
                moved.add(MarkdownText.escape(team.team().name()) + " ("
                        + levelChange(team.latest().levelId(), rescored.latest().levelId()) + ")");
            }
        }
        StringBuilder out = new StringBuilder("### The model changed\n\n");
        if (moved.isEmpty()) {
            out.append("No team moves level under the new model");
        } else {
            out.append(moved.size()).append(moved.size() == 1 ? " team moves" : " teams move")
                    .append(" level under the new model, from their files as they were: ").append(String.join(", ", moved));
        }
        return out.append(".\n\n").toString();
    }

    private String levelChange(String from, String to) {
        Integer a = rank.get(from);
        Integer b = rank.get(to);
        String arrow = a == null || b == null || a.equals(b) ? "→" : b > a ? "⬆" : "⬇";
        return level(from) + " " + arrow + " **" + level(to) + "**";
    }

    private String level(String id) {
        return MarkdownText.escape(levelNames.getOrDefault(id, id));
    }

    private static List<String> teamNames(Report in, Report notIn) {
        List<String> ids = notIn.teams().stream().map(team -> team.team().id()).toList();
        return in.teams().stream().filter(team -> !ids.contains(team.team().id()))
                .map(team -> MarkdownText.escape(team.team().name())).toList();
    }

    private List<String> figureRows(Period period) {
        Rollup now = rollup(after, period);
        Rollup then = rollup(before, period);
        if (now == null && then == null) {
            return List.of();
        }
        Map<String, RollupFigure> old = figures(then);
        Map<String, RollupFigure> current = figures(now);
        // A figure that is gone (a metric taken out of the model) is listed after those that remain.
        Map<String, RollupFigure> all = new LinkedHashMap<>(current);
        old.forEach(all::putIfAbsent);
        List<String> rows = new ArrayList<>();
        all.forEach((id, figure) -> figureRow(rows, figure, old.get(id), current.get(id)));
        if (now != null) {
            for (ProductRollup product : now.products()) {
                ProductRollup earlier = then == null ? null : then.products().stream()
                        .filter(p -> p.productId().equals(product.productId())).findFirst().orElse(null);
                String name = MarkdownText.escape(productName(product.productId()));
                addShareRow(rows, name + ": voluntary", earlier == null ? null : earlier.voluntary(), product.voluntary());
                addShareRow(rows, name + ": mandated", earlier == null ? null : earlier.mandated(), product.mandated());
            }
        }
        return rows;
    }

    private static Map<String, RollupFigure> figures(Rollup rollup) {
        Map<String, RollupFigure> figures = new LinkedHashMap<>();
        if (rollup != null) {
            RollupFigure.of(rollup).forEach(figure -> figures.put(figure.id(), figure));
        }
        return figures;
    }

    private String productName(String id) {
        return after.input().organisation().products().stream().filter(p -> p.id().equals(id))
                .map(p -> p.name()).findFirst().orElse(id);
    }

    /** A row for a figure that moved; {@code figure} names it, {@code then} and {@code now} are null where it is not. */
    private static void figureRow(List<String> rows, RollupFigure figure, RollupFigure then, RollupFigure now) {
        String label = MarkdownText.escape(figure.label());
        Double a = then == null ? null : then.value();
        Double b = now == null ? null : now.value();
        if (figure.share()) {
            addShareRow(rows, label, a, b);
        } else if (!Figures.ENGLISH.figure(a).equals(Figures.ENGLISH.figure(b))) {
            rows.add("| " + label + " | " + shown(then) + " | " + shown(now) + " | " + Figures.ENGLISH.change(b, a) + " |");
        }
    }

    /** A figure with its unit, or "no data". */
    private static String shown(RollupFigure figure) {
        if (figure == null || figure.value() == null) {
            return Figures.ENGLISH.noData();
        }
        String value = Figures.ENGLISH.figure(figure.value());
        return figure.unit() == null ? value : value + " " + MarkdownText.escape(figure.unit());
    }

    private static void addShareRow(List<String> rows, String label, Double then, Double now) {
        if (!Objects.equals(Figures.ENGLISH.percent(then), Figures.ENGLISH.percent(now))) {
            rows.add("| " + label + " | " + Figures.ENGLISH.percent(then) + " | " + Figures.ENGLISH.percent(now) + " | "
                    + Figures.ENGLISH.pointsChange(now, then) + " |");
        }
    }

    private static Rollup rollup(Report report, Period period) {
        return report.rollups().stream().filter(r -> r.period().equals(period)).findFirst().orElse(null);
    }
}
