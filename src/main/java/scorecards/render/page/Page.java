package scorecards.render.page;

import java.util.Map;

/**
 * One page to render: its path in the output (with '/' separators), the template that draws
 * it and the model handed to the template.
 */
public record Page(String path, String template, String title, Map<String, Object> model) {

    /** The relative way back to the site root from this page, e.g. "../" for "teams/x.html". */
    public String root() {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
