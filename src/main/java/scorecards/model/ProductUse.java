package scorecards.model;

/** One platform product a team uses in a period; {@code rating} is 1..5 or null. */
public record ProductUse(String productId, boolean mandated, Integer rating) {
}
