package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scorecards.model.Product;
import scorecards.model.ProductUse;
import scorecards.render.chart.Charts;
import scorecards.score.ProductRollup;
import scorecards.score.Rollup;

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
                    "voluntary", context.figures.percent(figures.voluntary()), "voluntaryTeams", figures.voluntaryTeams().size(),
                    "mandated", context.figures.percent(figures.mandated()), "mandatedTeams", figures.mandatedTeams().size(),
                    "rating", context.figures.figure(figures.rating()), "ratings", figures.ratings()));
        }
        String adoptionChart = Charts.groupedBars(context.messages, "adoption-" + product.id(), context.text("product.chart.adoption", product.name()), periods,
                List.of(context.text("figures.adoption.voluntary"), context.text("figures.adoption.mandated")),
                List.of(voluntary, mandated), 100, "%");
        String ratingChart = Charts.lines(context.messages, "rating-" + product.id(), context.text("product.chart.rating", product.name()),
                periods, List.of(context.text("column.rating")), List.of(ratings), 5, "");

        Map<String, Object> users = users(product, context, 1);
        Map<String, Object> model = Maps.of(
                "product", Maps.of("id", product.id(), "name", product.name(),
                        "owner", product.owner() == null ? "" : product.owner(),
                        "since", product.since() == null ? "" : product.since().toString(),
                        "description", context.markdown.toSafeHtml(product.description())),
                "period", context.report.currentPeriod() == null ? "" : context.report.currentPeriod().toString(),
                "adoptionChart", adoptionChart,
                "ratingChart", ratingChart,
                "history", history,
                "users", users.get("rows"),
                "usersList", users);
        return new Page(SiteContext.productHref(product.id()), "product.ftl", product.name(), model);
    }

    /** Page {@code number} (from 2) of the product's users, on a page of its own. */
    static Page more(Product product, SiteContext context, int number) {
        String first = SiteContext.productHref(product.id());
        return PagedList.page(context, first, number, "productUsers",
                context.text("product.more.title", product.name()), context.text("product.more.title", product.name()),
                context.text("product.more.intro", context.report.currentPeriod()), PagedList.back(product.name(), first), "", users(product, context, number));
    }

    /** How many pages the product's users fill. */
    static int pages(Product product, SiteContext context) {
        return PagedList.pages(context.users(product.id()).size());
    }

    /** Page {@code number} of the teams using the product in the current period, by name. */
    private static Map<String, Object> users(Product product, SiteContext context, int number) {
        List<SiteContext.ProductUser> users = context.users(product.id());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SiteContext.ProductUser user : PagedList.slice(users, number)) {
            ProductUse use = user.use();
            rows.add(Maps.of("name", user.team().team().name(), "href", SiteContext.teamHref(user.team().team().id()),
                    "mandated", use.mandated(), "rating", use.rating() == null ? context.figures.noData() : use.rating() + " / 5"));
        }
        Map<String, Object> list = PagedList.model(SiteContext.productHref(product.id()), number, users.size(), context.text("noun.teams"),
                rows, null);
        list.put("caption", context.text("product.users.caption", product.name()));
        return list;
    }
}
