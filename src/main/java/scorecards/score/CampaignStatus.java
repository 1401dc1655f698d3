package scorecards.score;

/** Where a campaign stands at the current period. */
public enum CampaignStatus {
    NOT_STARTED("not-started", "not started"),
    ON_TRACK("on-track", "on track"),
    BEHIND("behind", "behind"),
    MET("met", "met"),
    MISSED("missed", "missed");

    private final String id;
    private final String words;

    CampaignStatus(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** As the export writes it. */
    public String id() {
        return id;
    }

    /** As pages and the diff say it. */
    public String words() {
        return words;
    }
}
