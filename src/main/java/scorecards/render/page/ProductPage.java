package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Product;
import scorecards.model.ProductUse;
import scorecards.render.Figures;
import scorecards.render.chart.Charts;
import scorecards.score.ProductRollup;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;

/** One platform product: voluntary and mandated adoption over time, kept apart; ratings; who uses it. */
final class ProductPage {

    private ProductPage() {
    }

    static Page build(Product product, SiteContext context) {
        List<String> periods = new ArrayList<>();
        List<Double> voluntary = new ArrayList<>();
        List<Double> mandated = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        List<Map<String, Object>> history = new ArrayList<>();
        for (Rollup rollup : context.report.rollups()) {
            ProductRollup figures = rollup.products().stream()
                    .filter(p -> p.productId().equals(product.id())).findFirst().orElseThrow();
            periods.add(rollup.period().toString());
            voluntary.add(figures.voluntary() * 100);
            mandated.add(figures.mandated() * 100);
            ratings.add(figures.rating());
            history.add(Maps.of("period", rollup.period().toString(), "teams", rollup.teamsAssessed(),
                    "voluntary", Figures.percent(figures.voluntary()), "voluntaryTeams", figures.voluntaryTeams().size(),
                    "mandated", Figures.percent(figures.mandated()), "mandatedTeams", figures.mandatedTeams().size(),
                    "rating", Figures.figure(figures.rating()), "ratings", figures.ratings()));
        }
        String adoptionChart = Charts.groupedBars("adoption-" + product.id(), "Voluntary and mandated adoption of "
                + product.name() + ", share of teams assessed, by period", periods, List.of("Voluntary", "Mandated"),
                List.of(voluntary, mandated), 100, "%");
        String ratingChart = Charts.lines("rating-" + product.id(), "Mean rating of " + product.name() + " by period",
                periods, List.of("Rating"), List.of(ratings), 5, "");

        List<Map<String, Object>> users = new ArrayList<>();
        if (context.report.currentPeriod() != null) {
            for (TeamScore team : context.report.teams()) {
                team.assessments().stream()
                        .filter(a -> a.assessment().period().equals(context.report.currentPeriod()))
                        .filter(a -> a.assessment().uses() != null)
                        .flatMap(a -> a.assessment().uses().stream())
                        .filter(use -> use.productId().equals(product.id()))
                        .findFirst()
                        .ifPresent(use -> users.add(user(team, use)));
            }
        }
        Map<String, Object> model = Maps.of(
                "product", Maps.of("id", product.id(), "name", product.name(),
                        "owner", product.owner() == null ? "" : product.owner(),
                        "since", product.since() == null ? "" : product.since().toString(),
                        "description", context.markdown.toSafeHtml(product.description())),
                "period", context.report.currentPeriod() == null ? "" : context.report.currentPeriod().toString(),
                "adoptionChart", adoptionChart,
                "ratingChart", ratingChart,
                "history", history,
                "users", users);
        return new Page(SiteContext.productHref(product.id()), "product.ftl", product.name(), model);
    }

    private static Map<String, Object> user(TeamScore team, ProductUse use) {
        return Maps.of("name", team.team().name(), "href", SiteContext.teamHref(team.team().id()),
                "mandated", use.mandated(), "rating", use.rating() == null ? Figures.NO_DATA : use.rating() + " / 5");
    }
}
