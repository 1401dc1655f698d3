package scorecards.model;

/** One product of the platform's catalogue. Optional fields are null when not given. */
public record Product(String id, String name, String owner, String description, Period since) {
}
