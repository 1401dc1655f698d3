package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import scorecards.score.Report;

/**
 * Every data page of the site, built from the scored report. Each page's model is made only when
 * it is rendered, so that thousands of team pages never sit in memory at once.
 */
public final class SitePages {

    private SitePages() {
    }

    public static List<Supplier<Page>> all(Report report) {
        return all(report, "");
    }

    /** @param siteUrl the published address ending in '/', or "" when unknown */
    public static List<Supplier<Page>> all(Report report, String siteUrl) {
        SiteContext context = new SiteContext(report, siteUrl);
        List<Supplier<Page>> pages = new ArrayList<>();
        pages.add(() -> OverviewPage.build(context));
        report.teams().forEach(team -> pages.add(() -> TeamPage.build(team, context)));
        context.dimensions().forEach(dimension -> pages.add(() -> DimensionPage.build(dimension, context)));
        report.input().organisation().products().forEach(product -> pages.add(() -> ProductPage.build(product, context)));
        pages.add(() -> ModelPage.build(context));
        pages.add(() -> NeedsPage.build(context));
        pages.add(() -> BusinessCasePage.build(context));
        pages.add(() -> CampaignsPage.build(context));
        report.campaigns().forEach(campaign -> pages.add(() -> CampaignPage.build(campaign, context)));
        pages.add(() -> TribesPage.build(context));
        report.tribes().forEach(tribe -> pages.add(() -> TribePage.build(tribe, context)));
        return pages;
    }
}
