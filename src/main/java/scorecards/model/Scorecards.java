package scorecards.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a source repository declares, validated: the input to scoring and rendering.
 * Teams are sorted by id; {@code content} holds the hand-written Markdown files, by path.
 */
public record Scorecards(Organisation organisation, MaturityModel model, List<Team> teams, List<ContentFile> content) {
    public Scorecards {
        teams = teams.stream().sorted(Comparator.comparing(Team::id)).toList();
        content = List.copyOf(content);
    }

    /** Scorecards without hand-written content. */
    public Scorecards(Organisation organisation, MaturityModel model, List<Team> teams) {
        this(organisation, model, teams, List.of());
    }

    /** The published pages (not posts, not drafts), for the site's navigation. */
    public List<ContentFile> publishedPages() {
        return content.stream().filter(file -> !file.isPost() && !file.draft()).toList();
    }
}
