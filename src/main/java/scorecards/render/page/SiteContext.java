package scorecards.render.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scorecards.model.Dimension;
import scorecards.model.Level;
import scorecards.model.Metric;
import scorecards.model.Period;
import scorecards.model.Product;
import scorecards.model.ProductUse;
import scorecards.render.Figures;
import scorecards.render.Markdown;
import scorecards.render.Messages;
import scorecards.score.CampaignScore;
import scorecards.score.CampaignStanding;
import scorecards.score.Need;
import scorecards.score.Report;
import scorecards.score.Rollup;
import scorecards.score.TeamScore;
import scorecards.score.TribeScore;

/** What every page builder needs to look up: names, links and the roll-ups by period. */
final class SiteContext {

    private static final String HEX = "0123456789ABCDEF";
    /** The key of each built-in metric's name, by the metric's id. */
    private static final Map<String, String> BUILT_IN_LABELS = Map.ofEntries(
            Map.entry("designated", "metric.designated"), Map.entry("trained", "metric.trained"),
            Map.entry("backup", "metric.backup"), Map.entry("self-service-share", "metric.self-service-share"),
            Map.entry("products-used", "metric.products-used"), Map.entry("voluntary-share", "metric.voluntary-share"),
            Map.entry("catalogue-coverage", "metric.catalogue-coverage"), Map.entry("hours-saved", "metric.hours-saved"),
            Map.entry("incidents", "metric.incidents"), Map.entry("workarounds", "metric.workarounds"),
            Map.entry("open-bugs", "metric.open-bugs"), Map.entry("responses", "metric.responses"),
            Map.entry("csat", "metric.csat"), Map.entry("nps", "metric.nps"),
            Map.entry("complexity-reduced", "metric.complexity-reduced"));

    final Report report;
    /** The published address ending in '/', or "" when the build does not know it. */
    final String siteUrl;
    final Markdown markdown = new Markdown();
    /** The texts of the site's language, plain text from Java (see {@link Messages#text}). */
    final Messages messages;
    /** How figures read in the site's language. */
    final Figures figures;
    private final Map<String, Level> levels = new HashMap<>();
    private final Map<String, Product> products = new HashMap<>();
    private final Map<String, TeamScore> teams = new HashMap<>();
    private final Map<Period, Rollup> rollups = new HashMap<>();
    private final Map<String, String> tribePages;
    private final Map<String, List<TeamCampaign>> campaignsByTeam = new HashMap<>();
    /** Every team by name (then id): the order of every list of teams. */
    final List<TeamScore> byName;
    /** Every team by tribe name, then name; the teams in no tribe last. */
    final List<TeamScore> byTribe;
    /** The users of each product in the current period, by product id, in the order of {@link #byName}. */
    private final Map<String, List<ProductUser>> usersByProduct = new HashMap<>();

    /** Whether the site speaks of second looks (see {@link SecondLook#shown}). */
    final boolean secondLook;

    /** The page of each need shared by more teams than the needs page names, by its text. */
    private final Map<String, String> needPages = new HashMap<>();

    /** A team using a product in the current period, and how. */
    record ProductUser(TeamScore team, ProductUse use) {
    }

    /** A campaign a team is in, and where the team stands in it. */
    record TeamCampaign(CampaignScore campaign, CampaignStanding standing) {
    }

    SiteContext(Report report) {
        this(report, "", Messages.english());
    }

    SiteContext(Report report, String siteUrl, Messages messages) {
        this.report = report;
        this.siteUrl = siteUrl;
        this.messages = messages;
        this.figures = Figures.of(messages);
        this.tribePages = TribePaths.pages(report.tribes().stream().map(TribeScore::name).toList());
        report.input().model().levels().forEach(level -> levels.put(level.id(), level));
        report.input().organisation().products().forEach(product -> products.put(product.id(), product));
        report.teams().forEach(team -> teams.put(team.team().id(), team));
        TribePaths.stems(report.needs().stream().filter(need -> need.teams().size() > OverviewPage.SHORT_LIST)
                .map(Need::text).toList(), "need").forEach((text, stem) -> needPages.put(text, NeedsPage.FOLDER + stem + ".html"));
        byName = report.teams().stream()
                .sorted(Comparator.comparing((TeamScore t) -> t.team().name()).thenComparing(t -> t.team().id())).toList();
        byTribe = byName.stream()
                .sorted(Comparator.comparing((TeamScore t) -> t.team().tribe(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Period current = report.currentPeriod();
        for (TeamScore team : current == null ? List.<TeamScore>of() : byName) {
            team.assessments().stream()
                    .filter(a -> a.assessment().period().equals(current) && a.assessment().uses() != null)
                    .findFirst()
                    .ifPresent(a -> a.assessment().uses().forEach(use -> {
                        List<ProductUser> users = usersByProduct.computeIfAbsent(use.productId(), id -> new ArrayList<>());
                        // A team counts once per product: its first mention, as the roll-up counts it.
                        if (users.isEmpty() || users.get(users.size() - 1).team() != team) {
                            users.add(new ProductUser(team, use));
                        }
                    }));
        }
        report.rollups().forEach(rollup -> rollups.put(rollup.period(), rollup));
        secondLook = SecondLook.shown(report.teams());
        for (CampaignScore campaign : report.campaigns()) {
            for (CampaignStanding standing : campaign.standings()) {
                campaignsByTeam.computeIfAbsent(standing.teamId(), id -> new ArrayList<>())
                        .add(new TeamCampaign(campaign, standing));
            }
        }
    }

    /** A text of the site's language, plain (see {@link Messages#text}): escaped where it is written. */
    String text(String key, Object... values) {
        return messages.text(key, values);
    }

    /**
     * A metric's name as pages show it: a built-in metric's in the site's language, an own metric's as
     * the model writes it.
     */
    String label(Metric metric) {
        String key = metric.isBuiltIn() ? BUILT_IN_LABELS.get(metric.id()) : null;
        return key == null ? metric.label() : text(key);
    }

    /** The page of a need shared by many teams, from the site root. */
    String needHref(String text) {
        return needPages.get(text);
    }

    /** The teams using a product in the current period, by name. */
    List<ProductUser> users(String productId) {
        return usersByProduct.getOrDefault(productId, List.of());
    }

    /** The campaigns a team is in at the current period, by campaign id. */
    List<TeamCampaign> campaignsOf(String teamId) {
        return campaignsByTeam.getOrDefault(teamId, List.of());
    }

    String levelName(String levelId) {
        return levels.get(levelId).name();
    }

    int levelRank(String levelId) {
        return report.input().model().rank(levelId);
    }

    List<Level> levels() {
        return report.input().model().levels();
    }

    List<Dimension> dimensions() {
        return report.input().model().dimensions();
    }

    String dimensionName(String dimensionId) {
        return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst()
                .map(Dimension::name).orElse(dimensionId);
    }

    String productName(String productId) {
        return products.get(productId).name();
    }

    TeamScore team(String teamId) {
        return teams.get(teamId);
    }

    Rollup rollup(Period period) {
        return rollups.get(period);
    }

    String currency() {
        return report.input().organisation().currency();
    }

    /**
     * The forge's page where a change to a file of the repository is proposed: organisation.yaml's
     * edit-url followed by the file's path from the repository's root, each of its parts encoded
     * for an address; "" when the organisation gives no edit-url.
     *
     * @param file the path as the file is read, with '/' separators, e.g. "scorecards/model.yaml"
     */
    String editHref(String file) {
        String prefix = report.input().organisation().editUrl();
        if (prefix == null) {
            return "";
        }
        StringBuilder href = new StringBuilder(prefix);
        String[] segments = file.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            href.append(i == 0 ? "" : "/").append(pathSegment(segments[i]));
        }
        return href.toString();
    }

    /** One part of a path as an address writes it: every byte but the unreserved characters percent-encoded. */
    static String pathSegment(String segment) {
        StringBuilder encoded = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return encoded.toString();
    }

    static String teamHref(String teamId) {
        return "teams/" + teamId + ".html";
    }

    static String dimensionHref(String dimensionId) {
        return "dimensions/" + dimensionId + ".html";
    }

    static String productHref(String productId) {
        return "products/" + productId + ".html";
    }

    /** The page of a tribe, from the site root; "" for no tribe (null). */
    String tribeHref(String tribe) {
        return tribe == null ? "" : tribePages.get(tribe);
    }

    Map<String, Object> teamLink(String teamId) {
        return Maps.of("name", team(teamId).team().name(), "href", teamHref(teamId));
    }

    /** A level as templates show it: name, id and its position for the colour scale. */
    Map<String, Object> level(String levelId) {
        return Maps.of("id", levelId, "name", levelName(levelId), "rank", levelRank(levelId));
    }
}
