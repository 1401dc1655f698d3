package scorecards.render.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.load.WebAddress;
import scorecards.model.Measurement;
import scorecards.model.Metric;
import scorecards.model.Period;
import scorecards.score.AssessmentScore;
import scorecards.score.Review;
import scorecards.score.TeamScore;

/**
 * The assessments that ask for a second look, in words: a self-report that disagrees with what a
 * system measured (the metric, both values, the source, its date and evidence), and a jump of
 * levels (the levels before and after). The current period's are listed on a page of their own
 * (when there are any), in parts of {@link PagedList#ROWS}; the overview counts them and a team's
 * page shows its own.
 */
final class SecondLook {

    /** In the folder of the lists the overview begins, which the build reserves whole. */
    static final String PATH = "directory/second-look.html";

    /** A flagged assessment and its team. */
    record Flagged(TeamScore team, AssessmentScore score) {
    }

    private SecondLook() {
    }

    /**
     * Whether the site speaks of second looks at all: some assessment of some period carries a
     * flag or holds a measured value. A repository that measures nothing and never jumps levels
     * shows no trace of them.
     */
    static boolean shown(List<TeamScore> teams) {
        return teams.stream().flatMap(team -> team.assessments().stream())
                .anyMatch(score -> !score.review().flags().isEmpty() || !score.assessment().measured().isEmpty());
    }

    /** The flagged assessments of {@code period}, by team name. */
    static List<Flagged> flagged(SiteContext context, Period period) {
        List<Flagged> flagged = new ArrayList<>();
        if (period == null) {
            return flagged;
        }
        for (TeamScore team : context.byName) {
            for (AssessmentScore score : team.assessments()) {
                if (score.assessment().period().equals(period) && !score.review().flags().isEmpty()) {
                    flagged.add(new Flagged(team, score));
                }
            }
        }
        return flagged;
    }

    /** Page {@code number} of the current period's flagged assessments, each with every reason in full. */
    static Page page(SiteContext context, int number) {
        Period current = context.report.currentPeriod();
        List<Flagged> flagged = flagged(context, current);
        Map<String, Object> list = PagedList.model(PATH, number, flagged.size(), context.text("noun.flagged"),
                PagedList.slice(flagged, number).stream().map(entry -> row(entry, context)).toList(), null);
        return PagedList.page(context, PATH, number, "secondLook", context.text("second-look.page.title"),
                context.text("second-look.page.heading", current), context.text("second-look.page.intro", current,
                        levels(context.report.input().organisation().levelJump(), context)),
                PagedList.back(context.text("nav.overview"), "index.html#second-look"), "", list);
    }

    /** One flagged assessment: its team, its level and its reasons. */
    private static Map<String, Object> row(Flagged entry, SiteContext context) {
        return Maps.of(
                "name", entry.team().team().name(),
                "href", SiteContext.teamHref(entry.team().team().id()),
                "level", context.level(entry.score().levelId()),
                "reasons", reasons(entry.team(), entry.score(), context));
    }

    /** The reasons in a few words, for a short list: "disagrees with a measurement of X; jumped 3 levels". */
    static String summary(AssessmentScore score, SiteContext context) {
        List<String> parts = new ArrayList<>();
        if (score.review().disagrees()) {
            parts.add(context.text("second-look.disagrees", String.join(context.text("list.separator"),
                    disagreeing(score, context).stream().map(context::label).toList())));
        }
        if (score.review().jumped()) {
            parts.add(context.text("second-look.jumped", levels(jump(score, context), context)));
        }
        return String.join(context.text("second-look.separator"), parts);
    }

    /** Every reason of one assessment's flags: its disagreements in the model's order of metrics, then a jump. */
    static List<Map<String, Object>> reasons(TeamScore team, AssessmentScore score, SiteContext context) {
        List<Map<String, Object>> reasons = new ArrayList<>();
        Review review = score.review();
        for (Metric metric : disagreeing(score, context)) {
            String id = metric.id();
            Measurement measured = score.assessment().measured().get(id);
            String evidence = measured.evidence() == null ? "" : measured.evidence();
            reasons.add(Maps.of(
                    "kind", Review.DISAGREES_WITH_MEASURED,
                    "metricId", id,
                    "metric", context.label(metric),
                    "dimension", context.dimensionName(metric.dimension()),
                    "selfReported", CheckText.value(metric, measured.selfReported(), context),
                    "measured", CheckText.value(metric, measured.value(), context),
                    "source", measured.source(),
                    "observedAt", measured.observedAt() == null ? "" : measured.observedAt().toString(),
                    "evidence", evidence,
                    "evidenceHref", href(evidence)));
        }
        if (review.jumped()) {
            AssessmentScore before = previousSelfReported(team, score);
            reasons.add(Maps.of(
                    "kind", Review.LEVEL_JUMP,
                    "from", context.level(review.jumpedFrom()),
                    "fromPeriod", before == null ? "" : before.assessment().period().toString(),
                    "to", context.level(score.levelId()),
                    "levels", jump(score, context),
                    "threshold", context.report.input().organisation().levelJump()));
        }
        return reasons;
    }

    /**
     * An evidence address as a link target: only an http or https address with a host. Facts files
     * allow no other, and a page never trusts that: anything else stays text.
     */
    static String href(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        try {
            return WebAddress.isAbsolute(new URI(address)) ? address : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** "1 level", "3 levels". */
    static String levels(int count, SiteContext context) {
        return context.text("second-look.levels", count);
    }

    private static int jump(AssessmentScore score, SiteContext context) {
        return context.levelRank(score.levelId()) - context.levelRank(score.review().jumpedFrom());
    }

    /** The team's self-reported assessment before {@code score}: the one a jump is measured from. */
    private static AssessmentScore previousSelfReported(TeamScore team, AssessmentScore score) {
        AssessmentScore previous = null;
        for (AssessmentScore earlier : team.assessments()) {
            if (earlier == score || earlier.assessment().period().compareTo(score.assessment().period()) >= 0) {
                break;
            }
            if (earlier.assessment().selfReported()) {
                previous = earlier;
            }
        }
        return previous;
    }

    /** The metrics whose measured value disagrees with the self-report, in the catalogue's order. */
    private static List<Metric> disagreeing(AssessmentScore score, SiteContext context) {
        return context.report.input().model().metrics().all().stream()
                .filter(metric -> score.review().disagreeing().contains(metric.id())).toList();
    }
}
