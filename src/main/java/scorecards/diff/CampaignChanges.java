package scorecards.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import scorecards.model.Campaign;
import scorecards.render.Figures;
import scorecards.score.CampaignPeriod;
import scorecards.score.CampaignScore;
import scorecards.score.CampaignStanding;
import scorecards.score.Report;

/**
 * The campaigns a change moves: each one whose status or share moved, or whose file changed, with
 * its status before and after, what changed in its definition, and the teams that now meet its
 * goal or no longer do.
 */
final class CampaignChanges {

    private CampaignChanges() {
    }

    static List<String> rows(Report before, Report after) {
        Map<String, CampaignScore> old = byId(before);
        Map<String, CampaignScore> now = byId(after);
        Map<String, Boolean> ids = new TreeMap<>();
        old.keySet().forEach(id -> ids.put(id, true));
        now.keySet().forEach(id -> ids.put(id, true));
        List<String> rows = new ArrayList<>();
        for (String id : ids.keySet()) {
            CampaignScore then = old.get(id);
            CampaignScore next = now.get(id);
            String standing = standing(then);
            String nextStanding = standing(next);
            String edited = edited(then, next);
            String teams = teamsThatMoved(then, next, after);
            if (standing.equals(nextStanding) && edited.isEmpty() && teams.isEmpty()) {
                continue;
            }
            String name = MarkdownText.escape((next != null ? next : then).campaign().name());
            rows.add("| " + name + " | " + standing + " | " + (standing.equals(nextStanding) ? nextStanding
                    : "**" + nextStanding + "**") + " | " + edited + " | " + teams + " |");
        }
        return rows;
    }

    /** "now meet: Basket; no longer: Payments", by team name, for a campaign in both reports. */
    private static String teamsThatMoved(CampaignScore then, CampaignScore next, Report after) {
        if (then == null || next == null) {
            return "";
        }
        Set<String> before = meeting(then);
        Set<String> now = meeting(next);
        Map<String, String> names = new TreeMap<>();
        after.teams().forEach(team -> names.put(team.team().id(), team.team().name()));
        List<String> gained = now.stream().filter(id -> !before.contains(id)).map(id -> name(id, names)).toList();
        List<String> lost = before.stream().filter(id -> !now.contains(id)).map(id -> name(id, names)).toList();
        List<String> parts = new ArrayList<>();
        if (!gained.isEmpty()) {
            parts.add("now meet: " + String.join(", ", gained));
        }
        if (!lost.isEmpty()) {
            parts.add("no longer: " + String.join(", ", lost));
        }
        return String.join("; ", parts);
    }

    private static Set<String> meeting(CampaignScore score) {
        Set<String> meeting = new TreeSet<>();
        score.standings().stream().filter(CampaignStanding::meets).forEach(standing -> meeting.add(standing.teamId()));
        return meeting;
    }

    private static String name(String teamId, Map<String, String> names) {
        return MarkdownText.escape(names.getOrDefault(teamId, teamId));
    }

    private static Map<String, CampaignScore> byId(Report report) {
        Map<String, CampaignScore> byId = new TreeMap<>();
        report.campaigns().forEach(score -> byId.put(score.campaign().id(), score));
        return byId;
    }

    /** "on track, 45% of 20 teams", or "–" when the campaign is not there. */
    private static String standing(CampaignScore score) {
        if (score == null) {
            return "–";
        }
        CampaignPeriod now = score.current();
        return score.status().words() + (now == null ? "" : ", " + Figures.ENGLISH.percent(now.share()) + " of "
                + now.inScope() + (now.inScope() == 1 ? " team" : " teams"));
    }

    /** What changed in the campaign's file, in words: "new campaign", "target 80% → 90%", "goal". */
    private static String edited(CampaignScore then, CampaignScore next) {
        if (then == null) {
            return "new campaign";
        }
        if (next == null) {
            return "campaign removed";
        }
        Campaign a = then.campaign();
        Campaign b = next.campaign();
        List<String> changes = new ArrayList<>();
        if (!a.goal().equals(b.goal())) {
            changes.add("goal");
        }
        if (a.target().compareTo(b.target()) != 0) {
            changes.add("target " + Figures.ENGLISH.percent(a.target().doubleValue()) + " → "
                    + Figures.ENGLISH.percent(b.target().doubleValue()));
        }
        if (!a.start().equals(b.start())) {
            changes.add("start " + a.start() + " → " + b.start());
        }
        if (!a.deadline().equals(b.deadline())) {
            changes.add("deadline " + a.deadline() + " → " + b.deadline());
        }
        if (!a.scope().equals(b.scope())) {
            changes.add("scope");
        }
        if (!Objects.equals(a.name(), b.name())) {
            changes.add("name");
        }
        return String.join(", ", changes);
    }
}
