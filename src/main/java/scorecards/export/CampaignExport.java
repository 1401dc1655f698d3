package scorecards.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import scorecards.model.Campaign;
import scorecards.score.CampaignPeriod;
import scorecards.score.CampaignScore;
import scorecards.score.CampaignStanding;

/** The export's {@code "campaigns"}: each campaign's status, its progress period by period and the teams not meeting it. */
final class CampaignExport {

    private CampaignExport() {
    }

    static void write(JsonGenerator json, CampaignScore score) throws IOException {
        Campaign campaign = score.campaign();
        json.writeStartObject();
        json.writeStringField("id", campaign.id());
        json.writeStringField("name", campaign.name());
        json.writeStringField("start", campaign.start().toString());
        json.writeStringField("deadline", campaign.deadline().toString());
        json.writeNumberField("target", Numbers.share(campaign.target().doubleValue()));
        json.writeStringField("status", score.status().id());
        json.writeArrayFieldStart("progress");
        for (CampaignPeriod period : score.progress()) {
            json.writeStartObject();
            json.writeStringField("period", period.period().toString());
            json.writeNumberField("in-scope", period.inScope());
            json.writeNumberField("meeting", period.meeting());
            if (period.share() == null) {
                json.writeNullField("share");
            } else {
                json.writeNumberField("share", Numbers.share(period.share()));
            }
            json.writeNumberField("expected", Numbers.share(period.expected()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("not-meeting");
        for (CampaignStanding standing : score.notMeeting()) {
            json.writeString(standing.teamId());
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
