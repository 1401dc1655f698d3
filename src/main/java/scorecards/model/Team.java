package scorecards.model;

import java.util.Comparator;
import java.util.List;

/**
 * One team's scorecard; assessments are kept sorted by period, exemptions in file order.
 * Optional fields are null.
 */
public record Team(
        String id,
        String name,
        String tribe,
        Integer size,
        String productOwner,
        String devopsBuddy,
        List<Assessment> assessments,
        List<Exemption> exemptions) {

    public Team {
        assessments = assessments.stream().sorted(Comparator.comparing(Assessment::period)).toList();
        exemptions = List.copyOf(exemptions);
    }

    /** A team without exemptions. */
    public Team(String id, String name, String tribe, Integer size, String productOwner, String devopsBuddy,
            List<Assessment> assessments) {
        this(id, name, tribe, size, productOwner, devopsBuddy, assessments, List.of());
    }

    /** The same team with other assessments (in any order), e.g. with a survey's figures in them. */
    public Team withAssessments(List<Assessment> replaced) {
        return new Team(id, name, tribe, size, productOwner, devopsBuddy, replaced, exemptions);
    }

    public Assessment latest() {
        return assessments.get(assessments.size() - 1);
    }

    /** The exemptions that apply to the assessment of {@code period}, in file order. */
    public List<Exemption> exemptionsIn(Period period) {
        return exemptions.stream().filter(exemption -> exemption.appliesIn(period)).toList();
    }

    /** The exemptions that have run out as seen from {@code current} ({@code until < current}), in file order. */
    public List<Exemption> exemptionsExpiredAt(Period current) {
        return exemptions.stream().filter(exemption -> exemption.expiredAt(current)).toList();
    }
}
