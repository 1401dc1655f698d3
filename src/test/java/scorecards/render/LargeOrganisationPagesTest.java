package scorecards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scorecards.synthetic.SyntheticOrganisation;

/**
 * A synthetic organisation of 2,000 teams beside one of 200: the overview stays a summary of the
 * same size, no page is over 500 KB, every team's page is at most two links from the overview, and
 * the lists cut into parts still hold every team once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeOrganisationPagesTest {

    private static final int SMALL = 200;
    private static final int LARGE = 2000;
    private static final long MOST_BYTES = 500 * 1024;
    private static final long MOST_OVERVIEW_BYTES = 300 * 1024;

    private BuiltSite small;
    private BuiltSite large;

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        new SyntheticOrganisation(SMALL, 12, 42).writeInto(temp.resolve("org-small"));
        new SyntheticOrganisation(LARGE, 12, 42).writeInto(temp.resolve("org-large"));
        small = BuiltSite.build(temp.resolve("org-small"), temp.resolve("site-small"));
        large = BuiltSite.build(temp.resolve("org-large"), temp.resolve("site-large"));
    }

    private static long size(BuiltSite site, String page) {
        try {
            return Files.size(site.root().resolve(page));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_overview_does_not_grow_with_the_number_of_teams() {
        long smallOverview = size(small, "index.html");
        long largeOverview = size(large, "index.html");
        // The whole team matrix once cost about 900 bytes a team; now ten times the teams add a
        // link to each further part of the index and a few digits.
        double perTeam = (largeOverview - smallOverview) / (double) (LARGE - SMALL);

        assertTrue(perTeam < 2, smallOverview + " bytes at " + SMALL + " teams, " + largeOverview + " at " + LARGE);
        assertTrue(largeOverview < MOST_OVERVIEW_BYTES, largeOverview + " bytes");
        Document overview = large.page("index.html");
        assertTrue(overview.select("a[href^=teams/]").size() <= 3 * 10, "only the short lists link teams directly");
    }

    @Test
    void no_page_is_over_500_kb() {
        Map<String, Long> tooLarge = new TreeMap<>();
        for (String page : large.htmlPages()) {
            long bytes = size(large, page);
            if (bytes > MOST_BYTES) {
                tooLarge.put(page, bytes);
            }
        }
        assertEquals(Map.of(), tooLarge);
    }

    @Test
    void every_team_page_is_at_most_two_links_from_the_overview() {
        Set<String> reached = new HashSet<>(List.of("index.html"));
        List<String> frontier = List.of("index.html");
        for (int step = 0; step < 2; step++) {
            List<String> next = new ArrayList<>();
            for (String page : frontier) {
                for (String target : links(large, page)) {
                    if (reached.add(target)) {
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        Set<String> teams = new TreeSet<>(large.htmlPages().stream().filter(page -> page.startsWith("teams/")).toList());
        teams.removeAll(reached);

        assertEquals(LARGE, large.htmlPages().stream().filter(page -> page.startsWith("teams/")).count());
        assertEquals(Set.of(), teams);
    }

    @Test
    void the_index_by_name_lists_every_team_once_by_name_across_its_parts() {
        List<String> listed = new ArrayList<>();
        List<String> parts = parts(large, "directory/names.html");
        for (String part : parts) {
            large.page(part).select("#teams-table ~ tbody tr > th > a:not(.tribe)").forEach(a -> listed.add(a.text()));
        }
        List<String> expected = new ArrayList<>();
        large.export().get("teams").forEach(team -> expected.add(team.get("name").asText() + "\t" + team.get("id").asText()));
        expected.sort(null);

        assertEquals(LARGE / 250, parts.size());
        assertEquals(expected.stream().map(line -> line.substring(0, line.indexOf('\t'))).toList(), listed);
    }

    @Test
    void the_index_by_tribe_puts_each_team_under_its_tribe() {
        Map<String, String> tribeOf = new TreeMap<>();
        for (JsonNode team : large.export().get("teams")) {
            tribeOf.put(team.get("name").asText(), team.hasNonNull("tribe") ? team.get("tribe").asText() : "No tribe");
        }
        Map<String, String> listed = new TreeMap<>();
        for (String part : parts(large, "directory/tribes.html")) {
            for (Element group : large.page(part).select("main section")) {
                String tribe = group.selectFirst("h2").text().replace(" (continued)", "");
                group.select("tbody th a").forEach(a -> listed.put(a.text(), tribe));
            }
        }
        assertEquals(tribeOf, listed);
    }

    @Test
    void a_dimension_lists_every_team_once_across_its_parts() {
        List<String> listed = new ArrayList<>();
        for (String part : parts(large, "dimensions/quality.html")) {
            large.page(part).select("#teams-table ~ tbody th a").forEach(a -> listed.add(a.attr("href")));
        }
        assertEquals(LARGE, listed.size());
        assertEquals(LARGE, new HashSet<>(listed).size());
    }

    @Test
    void a_product_lists_every_team_using_it_across_its_parts() {
        // The roll-up counts the teams using it in the current period, voluntarily and by mandate:
        // "72.7% (8)" in the newest row of the adoption table.
        List<String> current = large.page("products/ci-templates.html").selectFirst("#adoption-table ~ tbody tr")
                .select("td").eachText();
        int users = Integer.parseInt(current.get(0).replaceAll(".*\\((\\d+)\\)", "$1"))
                + Integer.parseInt(current.get(1).replaceAll(".*\\((\\d+)\\)", "$1"));
        List<String> listed = new ArrayList<>();
        for (String part : parts(large, "products/ci-templates.html")) {
            large.page(part).select("#users-table ~ tbody th a").forEach(a -> listed.add(a.attr("href")));
        }
        assertTrue(users > 250, "more than one part: " + users);
        assertEquals(users, listed.size());
        assertEquals(users, new HashSet<>(listed).size());
    }

    /** The parts of a list that begins on {@code first}, from its links to them. */
    private static List<String> parts(BuiltSite site, String first) {
        List<String> parts = new ArrayList<>();
        Element pager = site.page(first).selectFirst("nav.pager");
        if (pager == null) {
            return List.of(first);
        }
        for (Element link : pager.select("a[href]")) {
            parts.add(URI.create(first).resolve(link.attr("href")).normalize().getPath());
        }
        return parts;
    }

    /** The site's own pages {@code page} links to, from the root. */
    private static Set<String> links(BuiltSite site, String page) {
        Set<String> targets = new TreeSet<>();
        for (Element link : site.page(page).select("a[href]")) {
            String href = link.attr("href").replaceAll("#.*", "");
            if (href.endsWith(".html") && !href.contains("://")) {
                targets.add(URI.create(page).resolve(href).normalize().getPath());
            }
        }
        return targets;
    }
}
