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
        SiteContext context = new SiteContext(report);
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
        return pages;
    }
}
