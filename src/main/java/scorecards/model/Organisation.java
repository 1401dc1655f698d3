package scorecards.model;

import java.util.List;

/**
 * The organisation's settings and its platform catalogue, from {@code organisation.yaml}.
 * Optional fields are null when not given; {@code currentPeriod} is null when it is left to
 * the latest assessed period.
 */
public record Organisation(
        String name,
        Cadence cadence,
        Period currentPeriod,
        int staleAfter,
        String currency,
        boolean leaderboard,
        Double costPerHour,
        String productOwner,
        String changeAgent,
        List<Product> products) {

    public static final int DEFAULT_STALE_AFTER = 1;
    public static final String DEFAULT_CURRENCY = "EUR";

    public Organisation {
        products = List.copyOf(products);
    }
}
