package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import scorecards.render.Messages;
import scorecards.score.Report;

/**
 * Every data page of the site, built from the scored report. Each page's model is made only when
 * it is rendered, so that thousands of team pages never sit in memory at once.
 */
public final class SitePages {

    private SitePages() {
    }

    public static List<Supplier<Page>> all(Report report) {
        return all(report, "", Messages.english());
    }

    /**
     * @param siteUrl  the published address ending in '/', or "" when unknown
     * @param messages the texts of the site's language, which the pages' own texts come from too
     */
    public static List<Supplier<Page>> all(Report report, String siteUrl, Messages messages) {
        SiteContext context = new SiteContext(report, siteUrl, messages);
        List<Supplier<Page>> pages = new ArrayList<>();
        pages.add(() -> OverviewPage.build(context));
        report.teams().forEach(team -> pages.add(() -> TeamPage.build(team, context)));
        int teamPages = PagedList.pages(report.teams().size());
        context.dimensions().forEach(dimension -> {
            pages.add(() -> DimensionPage.build(dimension, context));
            more(pages, teamPages, number -> DimensionPage.more(dimension, context, number));
        });
        report.input().organisation().products().forEach(product -> {
            pages.add(() -> ProductPage.build(product, context));
            more(pages, ProductPage.pages(product, context), number -> ProductPage.more(product, context, number));
        });
        pages.add(() -> ModelPage.build(context));
        pages.add(() -> NeedsPage.build(context));
        more(pages, NeedsPage.pages(context), number -> NeedsPage.more(context, number));
        report.needs().stream().filter(need -> context.needHref(need.text()) != null).forEach(need -> {
            for (int number = 1; number <= PagedList.pages(need.teams().size()); number++) {
                int page = number;
                pages.add(() -> NeedsPage.teams(need, context, page));
            }
        });
        pages.add(() -> BusinessCasePage.build(context));
        pages.add(() -> CampaignsPage.build(context));
        report.campaigns().forEach(campaign -> {
            pages.add(() -> CampaignPage.build(campaign, context));
            more(pages, CampaignPage.pages(campaign), number -> CampaignPage.more(campaign, context, number));
        });
        pages.add(() -> TribesPage.build(context));
        more(pages, TribesPage.pages(context), number -> TribesPage.more(context, number));
        report.tribes().forEach(tribe -> {
            pages.add(() -> TribePage.build(tribe, context));
            more(pages, TribePage.pages(tribe), number -> TribePage.more(tribe, context, number));
        });
        // The index of every team, and the lists the overview begins.
        for (int number = 1; number <= teamPages; number++) {
            int page = number;
            pages.add(() -> DirectoryPages.names(context, page));
            pages.add(() -> DirectoryPages.tribes(context, page));
        }
        int stale = DirectoryPages.staleTeams(context).size();
        if (stale > OverviewPage.SHORT_LIST) {
            all(pages, PagedList.pages(stale), number -> DirectoryPages.stale(context, number));
        }
        int exempt = DirectoryPages.exemptTeams(context).size();
        if (exempt > OverviewPage.SHORT_LIST) {
            all(pages, PagedList.pages(exempt), number -> DirectoryPages.exempt(context, number));
        }
        int flagged = SecondLook.flagged(context, context.report.currentPeriod()).size();
        if (flagged > 0) {
            all(pages, PagedList.pages(flagged), number -> SecondLook.page(context, number));
        }
        int ranked = DirectoryPages.ranked(context).size();
        if (ranked > OverviewPage.SHORT_LIST) {
            all(pages, PagedList.pages(ranked), number -> DirectoryPages.ranking(context, number));
        }
        return pages;
    }

    /**
     * The folders whose every file is a data page ({@code teams}, ...): the pages {@link #all} puts
     * in folders go only into these. Hand-written content may not be published in them.
     */
    public static List<String> folders() {
        return List.of(SiteContext.teamHref(""), SiteContext.dimensionHref(""), SiteContext.productHref(""),
                CampaignText.href(""), TribePaths.INDEX, DirectoryPages.NAMES, NeedsPage.FOLDER).stream()
                .map(path -> path.substring(0, path.indexOf('/'))).toList();
    }

    /**
     * The pages {@link #all} writes at the site's top; a long list's further parts lie beside its
     * first page ({@code needs.2.html}, see {@link PagedList#path}).
     */
    public static List<String> topPages() {
        return List.of("index.html", "model.html", NeedsPage.PATH, "business-case.html", CampaignsPage.PATH);
    }

    /** The pages 2 to {@code count} of a list whose first page is its own page's. */
    private static void more(List<Supplier<Page>> pages, int count, IntFunction<Page> page) {
        for (int number = 2; number <= count; number++) {
            int part = number;
            pages.add(() -> page.apply(part));
        }
    }

    /** The pages 1 to {@code count} of a list of its own. */
    private static void all(List<Supplier<Page>> pages, int count, IntFunction<Page> page) {
        for (int number = 1; number <= count; number++) {
            int part = number;
            pages.add(() -> page.apply(part));
        }
    }
}
