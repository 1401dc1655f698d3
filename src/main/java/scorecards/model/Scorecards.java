package scorecards.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a source repository declares, validated: the input to scoring and rendering.
 * Teams and campaigns are sorted by id; {@code content} holds the hand-written files (Markdown and
 * images), by path.
 */
public record Scorecards(
        Organisation organisation,
        MaturityModel model,
        List<Team> teams,
        List<ContentFile> content,
        List<Campaign> campaigns) {

    public Scorecards {
        teams = teams.stream().sorted(Comparator.comparing(Team::id)).toList();
        content = List.copyOf(content);
        campaigns = campaigns.stream().sorted(Comparator.comparing(Campaign::id)).toList();
    }

    /** Scorecards without hand-written content or campaigns. */
    public Scorecards(Organisation organisation, MaturityModel model, List<Team> teams) {
        this(organisation, model, teams, List.of(), List.of());
    }

    /** The published pages (not posts, not drafts), for the site's navigation. */
    public List<ContentFile> publishedPages() {
        return content.stream().filter(file -> ContentFile.PAGE.equals(file.type()) && !file.draft()).toList();
    }
}
