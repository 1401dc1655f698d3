package scorecards.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import scorecards.load.SourceLoader;
import scorecards.model.Scorecards;
import scorecards.model.Team;
import scorecards.score.Scorer;
import scorecards.testing.Fixtures;

/** The export's "tribes" key (format 1.1), read back from the example organisation's export. */
class JsonExportTribesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Scorecards example() throws Exception {
        return new SourceLoader().load(Fixtures.example()).scorecards().orElseThrow();
    }

    private static JsonNode export(Scorecards scorecards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExport.write(Scorer.score(scorecards), out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void tribes_is_the_last_top_level_key_after_needs_and_campaigns() throws Exception {
        List<String> keys = new ArrayList<>();
        export(example()).fieldNames().forEachRemaining(keys::add);

        assertEquals(List.of("format", "organisation", "periods", "levels", "teams", "rollups", "needs", "campaigns",
                "tribes"), keys);
    }

    @Test
    void each_tribe_lists_its_teams_sorted_and_the_tribes_are_sorted_by_name() throws Exception {
        JsonNode export = export(example());
        List<String> names = new ArrayList<>();
        for (JsonNode tribe : export.get("tribes")) {
            names.add(tribe.get("name").asText());
            List<String> teams = new ArrayList<>();
            tribe.get("teams").forEach(team -> teams.add(team.asText()));
            List<String> expected = new ArrayList<>();
            for (JsonNode team : export.get("teams")) {
                if (team.get("tribe").asText().equals(tribe.get("name").asText())) {
                    expected.add(team.get("id").asText());
                }
            }
            assertEquals(expected.stream().sorted().toList(), teams, tribe.get("name").asText());
            assertEquals(List.of("name", "teams", "rollups"), fieldNames(tribe));
        }
        assertEquals(List.of("Checkout", "Data & Insights", "Fulfilment", "Storefront"), names);
    }

    @Test
    void a_tribe_roll_up_has_exactly_the_keys_of_an_organisation_roll_up() throws Exception {
        JsonNode export = export(example());
        List<String> keys = fieldNames(export.get("rollups").get(0));

        for (JsonNode tribe : export.get("tribes")) {
            for (JsonNode rollup : tribe.get("rollups")) {
                assertEquals(keys, fieldNames(rollup), tribe.get("name") + " " + rollup.get("period"));
                assertEquals(fieldNames(export.get("rollups").get(0).get("level-distribution")),
                        fieldNames(rollup.get("level-distribution")));
                assertEquals(fieldNames(export.get("rollups").get(0).get("products")), fieldNames(rollup.get("products")));
            }
        }
    }

    @Test
    void a_tribe_of_every_team_writes_the_organisation_roll_ups_byte_for_byte() throws Exception {
        Scorecards example = example();
        List<Team> oneTribe = example.teams().stream()
                .map(t -> new Team(t.id(), t.name(), "Everyone", t.size(), t.productOwner(), t.devopsBuddy(), t.assessments()))
                .toList();
        JsonNode export = export(new Scorecards(example.organisation(), example.model(), oneTribe, example.content(), List.of()));

        assertEquals(1, export.get("tribes").size());
        assertEquals(export.get("rollups"), export.get("tribes").get(0).get("rollups"));
    }

    @Test
    void tribe_roll_ups_cover_exactly_the_periods_in_which_one_of_their_teams_is_assessed() throws Exception {
        JsonNode export = export(example());

        for (JsonNode tribe : export.get("tribes")) {
            Set<String> members = new TreeSet<>();
            tribe.get("teams").forEach(team -> members.add(team.asText()));
            Set<String> periods = new TreeSet<>();
            int assessments = 0;
            for (JsonNode team : export.get("teams")) {
                if (members.contains(team.get("id").asText())) {
                    team.get("assessments").forEach(a -> periods.add(a.get("period").asText()));
                    assessments += team.get("assessments").size();
                }
            }
            List<String> written = new ArrayList<>();
            int assessed = 0;
            for (JsonNode rollup : tribe.get("rollups")) {
                written.add(rollup.get("period").asText());
                assessed += rollup.get("teams-assessed").asInt();
            }
            assertEquals(List.copyOf(periods), written, tribe.get("name").asText());
            assertEquals(assessments, assessed, tribe.get("name") + ": every assessment counted once");
        }
    }

    @Test
    void an_organisation_whose_teams_name_no_tribe_writes_an_empty_list() throws Exception {
        Scorecards example = example();
        List<Team> noTribe = example.teams().stream()
                .map(t -> new Team(t.id(), t.name(), null, t.size(), t.productOwner(), t.devopsBuddy(), t.assessments()))
                .toList();
        JsonNode export = export(new Scorecards(example.organisation(), example.model(), noTribe));

        assertTrue(export.get("tribes").isArray());
        assertEquals(0, export.get("tribes").size());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
