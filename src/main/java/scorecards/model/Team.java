package scorecards.model;

import java.util.Comparator;
import java.util.List;

/** One team's scorecard; assessments are kept sorted by period. Optional fields are null. */
public record Team(
        String id,
        String name,
        String tribe,
        Integer size,
        String productOwner,
        String devopsBuddy,
        List<Assessment> assessments) {

    public Team {
        assessments = assessments.stream().sorted(Comparator.comparing(Assessment::period)).toList();
    }

    public Assessment latest() {
        return assessments.get(assessments.size() - 1);
    }
}
