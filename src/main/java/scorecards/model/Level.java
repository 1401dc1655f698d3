package scorecards.model;

/** One rung of the maturity model; {@code description} is Markdown or null. */
public record Level(String id, String name, String description) {
}
