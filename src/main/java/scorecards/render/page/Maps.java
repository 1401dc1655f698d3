package scorecards.render.page;

import java.util.LinkedHashMap;
import java.util.Map;

/** Template models are ordered maps: Freemarker reads them directly, and the order is stable. */
final class Maps {

    private Maps() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
