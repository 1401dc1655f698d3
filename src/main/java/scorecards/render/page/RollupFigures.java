package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scorecards.model.Level;
import scorecards.render.chart.Charts;
import scorecards.score.ProductRollup;
import scorecards.score.Rollup;

/**
 * The views of a list of roll-ups that the overview shows for the organisation and a tribe's page
 * for the tribe: headline figures, adoption per product and the level distribution over time.
 */
final class RollupFigures {

    private RollupFigures() {
    }

    /** The roll-up just before {@code now} in {@code rollups}, or null. */
    static Rollup previous(List<Rollup> rollups, Rollup now) {
        int index = rollups.indexOf(now);
        return index > 0 ? rollups.get(index - 1) : null;
    }

    /**
     * The headline cards of {@code now}, with their change against {@code before} (null: none): the
     * built-in figures, then the model's own headline metrics.
     */
    static List<Map<String, Object>> headlines(Rollup now, Rollup before, SiteContext context) {
        List<Map<String, Object>> headlines = new ArrayList<>();
        if (now == null) {
            return headlines;
        }
        headlines.add(headline(context.text("headline.coverage"), context.figures.percent(now.devopsBuddyCoverage()),
                before == null ? "" : context.figures.pointsChange(now.devopsBuddyCoverage(), before.devopsBuddyCoverage()),
                context.text("headline.coverage.detail", context.figures.percent(now.buddyTrainedShare()),
                        context.figures.percent(now.buddyBackupShare()))));
        headlines.add(headline(context.text("headline.csat"), context.figures.figure(now.csat()),
                change(now, before, Rollup::csat, context), responses(now, context)));
        headlines.add(headline(context.text("headline.nps"), context.figures.figure(now.nps()),
                change(now, before, Rollup::nps, context), responses(now, context)));
        headlines.add(headline(context.text("headline.incidents"), context.figures.count(now.incidents()),
                change(now, before, r -> r.incidents() == null ? null : r.incidents().doubleValue(), context),
                context.text("headline.incidents.detail")));
        headlines.add(headline(context.text("headline.hours"), context.figures.figure(now.hoursSaved()),
                change(now, before, Rollup::hoursSaved, context),
                context.text("headline.hours.detail", context.figures.money(now.moneySaved(), context.currency()))));
        headlines.addAll(OwnRollups.headlines(now, before, context));
        return headlines;
    }

    /** Voluntary and mandated adoption of each product in {@code now}, with the voluntary change. */
    static List<Map<String, Object>> adoption(Rollup now, Rollup before, SiteContext context) {
        List<Map<String, Object>> adoption = new ArrayList<>();
        if (now == null) {
            return adoption;
        }
        for (ProductRollup product : now.products()) {
            ProductRollup earlier = before == null ? null : before.products().stream()
                    .filter(p -> p.productId().equals(product.productId())).findFirst().orElse(null);
            adoption.add(Maps.of(
                    "name", context.productName(product.productId()),
                    "href", SiteContext.productHref(product.productId()),
                    "voluntary", context.figures.percent(product.voluntary()),
                    "voluntaryChange", earlier == null ? "" : context.figures.pointsChange(product.voluntary(), earlier.voluntary()),
                    "mandated", context.figures.percent(product.mandated())));
        }
        return adoption;
    }

    /** Teams per level in each period: counts per roll-up, in model order. */
    static List<List<Integer>> levelCounts(List<Rollup> rollups, SiteContext context) {
        return rollups.stream()
                .map(r -> context.levels().stream().map(l -> r.levelDistribution().get(l.id())).toList()).toList();
    }

    /** The stacked-bar chart of {@link #levelCounts}. */
    static String distributionChart(String id, String title, List<Rollup> rollups, SiteContext context) {
        List<String> periods = rollups.stream().map(r -> r.period().toString()).toList();
        List<String> levelNames = context.levels().stream().map(Level::name).toList();
        return Charts.stackedBars(context.messages, id, title, periods, levelNames, levelCounts(rollups, context));
    }

    /** The rows of the table beside the distribution chart: period, counts per level, teams assessed. */
    static List<Map<String, Object>> distribution(List<Rollup> rollups, SiteContext context) {
        List<List<Integer>> counts = levelCounts(rollups, context);
        List<Map<String, Object>> distribution = new ArrayList<>();
        for (int i = 0; i < rollups.size(); i++) {
            distribution.add(Maps.of("period", rollups.get(i).period().toString(), "counts", counts.get(i),
                    "teams", rollups.get(i).teamsAssessed()));
        }
        return distribution;
    }

    static Map<String, Object> headline(String label, String value, String change, String detail) {
        return Maps.of("label", label, "value", value, "change", change, "detail", detail);
    }

    private static String change(Rollup now, Rollup before, Function<Rollup, Double> figure, SiteContext context) {
        return before == null ? "" : context.figures.change(figure.apply(now), figure.apply(before));
    }

    /** How many answered, and where the figures came from (survey or team file). */
    private static String responses(Rollup rollup, SiteContext context) {
        String responses = rollup.responses() == null ? context.text("headline.responses-not-reported")
                : context.text("headline.responses", context.figures.count(rollup.responses()));
        String sources = SatisfactionText.sources(rollup.satisfactionSources(), context);
        return sources.isEmpty() ? responses : context.text("headline.responses.sources", responses, sources);
    }
}
