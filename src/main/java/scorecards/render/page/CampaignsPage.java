package scorecards.render.page;

import java.util.Map;

/** Every campaign with its status, for leaders and the change agent. */
final class CampaignsPage {

    static final String PATH = "campaigns.html";

    private CampaignsPage() {
    }

    static Page build(SiteContext context) {
        Map<String, Object> model = Maps.of("campaigns", context.report.campaigns().stream()
                .map(score -> CampaignText.summary(score, context)).toList());
        return new Page(PATH, "campaigns.ftl", context.text("nav.campaigns"), model);
    }
}
