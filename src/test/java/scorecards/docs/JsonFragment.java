package scorecards.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A JSON example in the docs: one or more members of an object, shown indented, as they stand in a
 * file the build writes compactly. It is found when some object of the file holds every member shown,
 * each with the same value, whatever the layout.
 */
final class JsonFragment {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode members;

    private JsonFragment(ObjectNode members) {
        this.members = members;
    }

    /** Reads {@code "key": value, …} as the members of one object; a trailing comma is allowed. */
    static JsonFragment parse(String text) throws JsonProcessingException {
        String body = text.strip();
        if (body.endsWith(",")) {
            body = body.substring(0, body.length() - 1);
        }
        return new JsonFragment((ObjectNode) MAPPER.readTree("{" + body + "}"));
    }

    /** Whether some object in {@code json}, at any depth, holds every member of this fragment. */
    boolean isIn(String json) throws JsonProcessingException {
        return holds(MAPPER.readTree(json));
    }

    private boolean holds(JsonNode node) {
        if (node.isObject() && containsMembers(node)) {
            return true;
        }
        for (JsonNode child : node) {
            if (holds(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsMembers(JsonNode object) {
        for (Map.Entry<String, JsonNode> member : members.properties()) {
            if (!member.getValue().equals(object.get(member.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
