package scorecards.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A team excused from the model's checks on one metric, for a while, with a reason: from
 * {@code from} (null: no lower bound) through {@code until}, at the level {@code levelId} only
 * (null: at every level). A check it covers is neither passed nor failed while it applies; after
 * {@code until} the check counts again and the exemption is shown as expired.
 */
public record Exemption(
        String dimension,
        Metric metric,
        String levelId,
        Reason reason,
        String justification,
        String approvedBy,
        Period from,
        Period until) {

    /** Why a team is excused, as a team file writes it. */
    public enum Reason {
        /** The check makes no sense for this team. */
        NOT_APPLICABLE("not-applicable", "not applicable"),
        /** The team knowingly lives with what the check guards against. */
        ACCEPTED_RISK("accepted-risk", "accepted risk"),
        /** The team is working towards it and asks for time. */
        IN_PROGRESS("in-progress", "in progress");

        private final String id;
        private final String words;

        Reason(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /** The id a team file writes, e.g. {@code not-applicable}. */
        public String id() {
            return id;
        }

        /** The reason in words, for pages: "not applicable". */
        public String words() {
            return words;
        }

        public static Optional<Reason> byId(String id) {
            return Arrays.stream(values()).filter(reason -> reason.id.equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Reason::id).toList();
        }
    }

    /** Whether it applies to the assessment of {@code period}: {@code from <= period <= until}. */
    public boolean appliesIn(Period period) {
        return (from == null || from.compareTo(period) <= 0) && period.compareTo(until) <= 0;
    }

    /** Whether it has run out as seen from {@code current}: {@code until < current}. */
    public boolean expiredAt(Period current) {
        return until.compareTo(current) < 0;
    }

    /** Whether it names this check of this dimension at this level (whatever the period). */
    public boolean names(String dimensionId, String level, Check check) {
        return dimension.equals(dimensionId) && metric.equals(check.metric()) && (levelId == null || levelId.equals(level));
    }

    /** Whether it excuses this check in the assessment of {@code period}. */
    public boolean excuses(String dimensionId, String level, Check check, Period period) {
        return names(dimensionId, level, check) && appliesIn(period);
    }
}
