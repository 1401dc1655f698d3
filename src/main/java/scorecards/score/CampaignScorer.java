package scorecards.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorecards.model.Campaign;
import scorecards.model.CampaignGoal;
import scorecards.model.Check;
import scorecards.model.Comparison;
import scorecards.model.MaturityModel;
import scorecards.model.Period;

/**
 * Follows a campaign period by period, from its start through the current period, over the
 * scored teams. Pure: no I/O. Shares are compared with the target and the expected line in exact
 * arithmetic, so that a share that equals its target by hand equals it here too.
 */
public final class CampaignScorer {

    private final MaturityModel model;
    private final int staleAfter;
    private final Period current;

    /** @param current the current period, or null when there is no team (then nothing has started) */
    public CampaignScorer(MaturityModel model, int staleAfter, Period current) {
        this.model = model;
        this.staleAfter = staleAfter;
        this.current = current;
    }

    public CampaignScore score(Campaign campaign, List<TeamScore> teams) {
        if (current == null || current.compareTo(campaign.start()) < 0) {
            return new CampaignScore(campaign, CampaignStatus.NOT_STARTED, List.of(), List.of());
        }
        int periods = current.periodsSince(campaign.start()) + 1;
        int[] inScope = new int[periods];
        int[] meeting = new int[periods];
        List<CampaignStanding> standings = new ArrayList<>();
        for (TeamScore team : teams) {
            if (campaign.scope().includes(team.team())) {
                follow(campaign, team, inScope, meeting).ifPresent(standings::add);
            }
        }
        List<CampaignPeriod> progress = new ArrayList<>(periods);
        for (int k = 0; k < periods; k++) {
            progress.add(new CampaignPeriod(campaign.start().plus(k), inScope[k], meeting[k],
                    inScope[k] == 0 ? null : (double) meeting[k] / inScope[k], expected(campaign, k).doubleValue()));
        }
        return new CampaignScore(campaign, status(campaign, inScope[periods - 1], meeting[periods - 1], periods - 1),
                progress, standings);
    }

    /**
     * Counts one team in and meeting at each period, walking its assessments (oldest first) once;
     * returns its standing at the current period, empty when it has no assessment by then.
     */
    private Optional<CampaignStanding> follow(Campaign campaign, TeamScore team, int[] inScope, int[] meeting) {
        List<AssessmentScore> assessments = team.assessments();
        Boolean[] meetsGoal = new Boolean[assessments.size()];
        int latest = -1;
        for (int k = 0; k < inScope.length; k++) {
            Period period = campaign.start().plus(k);
            while (latest + 1 < assessments.size()
                    && assessments.get(latest + 1).assessment().period().compareTo(period) <= 0) {
                latest++;
            }
            if (latest < 0) {
                continue;
            }
            inScope[k]++;
            if (meetsGoal[latest] == null) {
                meetsGoal[latest] = meets(campaign.goal(), assessments.get(latest));
            }
            if (period.periodsSince(assessments.get(latest).assessment().period()) <= staleAfter && meetsGoal[latest]) {
                meeting[k]++;
            }
        }
        if (latest < 0) {
            return Optional.empty();
        }
        AssessmentScore last = assessments.get(latest);
        Period lastPeriod = last.assessment().period();
        boolean stale = current.periodsSince(lastPeriod) > staleAfter;
        boolean goalMet = meetsGoal[latest];
        return Optional.of(new CampaignStanding(team.team().id(), goalMet && !stale, stale, lastPeriod,
                goalMet ? List.of() : missing(campaign.goal(), last)));
    }

    private boolean meets(CampaignGoal goal, AssessmentScore score) {
        if (goal instanceof CampaignGoal.OverallLevel level) {
            return model.rank(score.levelId()) >= model.rank(level.levelId());
        }
        if (goal instanceof CampaignGoal.DimensionLevel level) {
            return model.rank(score.dimension(level.dimension()).levelId()) >= model.rank(level.levelId());
        }
        return ((CampaignGoal.Checks) goal).checks().stream()
                .allMatch(check -> check.passes(score.metrics().get(check.metric())));
    }

    /** What a team that does not meet the goal still lacks, in model order. */
    private List<CampaignStanding.Missing> missing(CampaignGoal goal, AssessmentScore score) {
        List<CampaignStanding.Missing> missing = new ArrayList<>();
        if (goal instanceof CampaignGoal.OverallLevel level) {
            score.dimensions().forEach(dimension -> failingUpTo(dimension, level.levelId(), missing));
        } else if (goal instanceof CampaignGoal.DimensionLevel level) {
            failingUpTo(score.dimension(level.dimension()), level.levelId(), missing);
        } else {
            for (Check check : ((CampaignGoal.Checks) goal).checks()) {
                if (!check.passes(score.metrics().get(check.metric()))) {
                    missing.add(new CampaignStanding.Missing(check.metric().dimension(), null, check,
                            score.metrics().get(check.metric()), score.assessment().isWithheld(check.metric())));
                }
            }
        }
        return missing;
    }

    /**
     * The failing checks of a dimension's levels up to the goal's, the strictest of each kind only:
     * of two failing minimums on one metric (30 % at one level, 50 % at the next) a team must reach
     * the higher, which meets the lower too, so only that one is what it still lacks.
     */
    private void failingUpTo(DimensionScore dimension, String levelId, List<CampaignStanding.Missing> missing) {
        int goal = model.rank(levelId);
        Map<String, CampaignStanding.Missing> strictest = new LinkedHashMap<>();
        for (int rank = 1; rank <= goal; rank++) {
            for (CheckResult result : dimension.failing(model.levels().get(rank).id())) {
                Check check = result.check();
                String kind = check.metric().id() + " " + check.comparison()
                        + (check.comparison() == Comparison.EQUALS ? " " + check.threshold() : "");
                CampaignStanding.Missing gap = new CampaignStanding.Missing(dimension.dimension().id(),
                        result.levelId(), check, result.actual());
                strictest.merge(kind, gap, (earlier, later) -> stricter(later.check(), earlier.check()) ? later : earlier);
            }
        }
        missing.addAll(strictest.values());
    }

    /**
     * Whether {@code a} asks for more than {@code b}, a check of the same metric and comparison: a
     * bound is stricter when the other's threshold would not pass it (a number, or a choice by its
     * position).
     */
    private static boolean stricter(Check a, Check b) {
        if (a.comparison() == Comparison.EQUALS) {
            return false; // the same value wanted twice: the first, lower level says it
        }
        return !a.passes(b.threshold());
    }

    /** target × (periods since start) / (periods from start to deadline), and the target from the deadline on. */
    private static BigDecimal expected(Campaign campaign, int sinceStart) {
        int span = campaign.deadline().periodsSince(campaign.start());
        return campaign.target().multiply(BigDecimal.valueOf(Math.min(sinceStart, span)))
                .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
    }

    private CampaignStatus status(Campaign campaign, int inScope, int meeting, int sinceStart) {
        BigDecimal teams = BigDecimal.valueOf(inScope);
        BigDecimal meetingTeams = BigDecimal.valueOf(meeting);
        if (inScope > 0 && meetingTeams.compareTo(campaign.target().multiply(teams)) >= 0) {
            return CampaignStatus.MET;
        }
        if (current.compareTo(campaign.deadline()) > 0) {
            return CampaignStatus.MISSED;
        }
        // share >= expected, multiplied out: meeting × span >= target × sinceStart × inScope.
        int span = campaign.deadline().periodsSince(campaign.start());
        boolean onTrack = inScope > 0 && meetingTeams.multiply(BigDecimal.valueOf(span))
                .compareTo(campaign.target().multiply(BigDecimal.valueOf((long) Math.min(sinceStart, span) * inScope)))
                >= 0;
        return onTrack ? CampaignStatus.ON_TRACK : CampaignStatus.BEHIND;
    }
}
