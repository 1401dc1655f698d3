package scorecards.render.page;

import scorecards.model.MaturityModel;
import scorecards.render.Messages;
import scorecards.render.chart.Badge;
import scorecards.render.chart.Palette;
import scorecards.score.TeamScore;

/**
 * Each team's badge, "scorecards | level", for its README: the overall level of its latest
 * assessment in the level's colour, or "level (stale)" on grey once the scorecard is stale,
 * because a level nobody has reassessed should not look current.
 */
public final class TeamBadges {

    public static final String LABEL = "scorecards";
    /** The folder of the badges in the site. */
    public static final String FOLDER = "badges";

    private TeamBadges() {
    }

    /** Where a team's badge is in the site: "badges/&lt;team-id&gt;.svg". */
    public static String path(String teamId) {
        return FOLDER + "/" + teamId + ".svg";
    }

    public static Badge of(TeamScore team, MaturityModel model, Messages texts) {
        String levelId = team.latest().levelId();
        String level = model.levels().get(model.rank(levelId)).name();
        String period = team.latest().assessment().period().toString();
        String title = texts.text(team.stale() ? "badge.team.title.stale" : "badge.team.title", team.team().name(), level,
                period);
        String colour = team.stale() ? Palette.STALE : Palette.levels(model.levels().size()).get(model.rank(levelId));
        return Badge.of(texts.text("badge.label"), team.stale() ? texts.text("badge.team.stale", level) : level, title,
                colour);
    }

    /** The badge's SVG file: its element and a final line end. */
    public static String file(TeamScore team, MaturityModel model, Messages texts) {
        return of(team, model, texts).svg("badge-" + team.team().id()) + "\n";
    }

    /**
     * The Markdown that shows the badge in a README, linked to the team's page: absolute with the
     * site's address, else relative to the site's root.
     */
    static String markdown(TeamScore team, String siteUrl, SiteContext context) {
        String id = team.team().id();
        return markdown(context.text("badge.team.alt", team.team().name()), path(id), SiteContext.teamHref(id), siteUrl);
    }

    /** A badge in README Markdown, linked to its page; both paths are relative to the site's root. */
    static String markdown(String alt, String badge, String page, String siteUrl) {
        String base = urlSafe(siteUrl);
        return "[![" + markdownText(alt) + "](" + base + badge + ")](" + base + page + ")";
    }

    /** Every ASCII punctuation character escaped: the team name stays text in any Markdown. */
    private static String markdownText(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ') {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c < ' ' ? ' ' : c);
        });
        return escaped.toString();
    }

    /** The address as a Markdown link target: no space, parenthesis or angle bracket to end it early. */
    private static String urlSafe(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                .replace("<", "%3C").replace(">", "%3E");
    }
}
