package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import scorecards.score.Report;

/** Every data page of the site, built from the scored report. */
public final class SitePages {

    private SitePages() {
    }

    public static List<Page> all(Report report) {
        SiteContext context = new SiteContext(report);
        List<Page> pages = new ArrayList<>();
        pages.add(OverviewPage.build(context));
        report.teams().forEach(team -> pages.add(TeamPage.build(team, context)));
        context.dimensions().forEach(dimension -> pages.add(DimensionPage.build(dimension, context)));
        report.input().organisation().products().forEach(product -> pages.add(ProductPage.build(product, context)));
        pages.add(ModelPage.build(context));
        pages.add(NeedsPage.build(context));
        pages.add(BusinessCasePage.build(context));
        return pages;
    }
}
