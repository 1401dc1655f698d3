package scorecards.score;

import java.util.List;

/**
 * One product's adoption in one period. Voluntary and mandated adoption are shares of the teams
 * assessed and are kept apart: mandated use says nothing about whether the product is wanted.
 * {@code rating} is the mean of the ratings given (null when none was), {@code ratings} their
 * count. The team lists hold team ids, sorted.
 */
public record ProductRollup(
        String productId,
        double voluntary,
        double mandated,
        Double rating,
        int ratings,
        List<String> voluntaryTeams,
        List<String> mandatedTeams) {

    public ProductRollup {
        voluntaryTeams = List.copyOf(voluntaryTeams);
        mandatedTeams = List.copyOf(mandatedTeams);
    }
}
