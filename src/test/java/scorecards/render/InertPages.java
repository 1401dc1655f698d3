package scorecards.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds anything on a built site's pages that a browser could run or load on a team's say-so:
 * scripts, frames, objects, forms, images, style elements and attributes, event handlers, and
 * javascript:, data: or vbscript: URLs. The theme itself uses none of them.
 */
final class InertPages {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "form", "input", "button", "style", "img", "math", "base", "bgsound", "applet", "audio", "video");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "background",
            "dynsrc", "lowsrc", "data", "xlink:href");

    private InertPages() {
    }

    /** Every active thing found, as "page: what"; empty when the site is inert. */
    static List<String> activeContent(BuiltSite site) {
        List<String> found = new ArrayList<>();
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            if (page.select("head > meta[http-equiv=Content-Security-Policy]").isEmpty()) {
                found.add(path + ": no Content-Security-Policy");
            }
            for (Element element : page.getAllElements()) {
                String tag = element.normalName();
                if (ACTIVE_ELEMENTS.contains(tag)) {
                    found.add(path + ": <" + tag + ">");
                }
                if (tag.equals("meta") && element.hasAttr("http-equiv")
                        && !element.attr("http-equiv").equals("Content-Security-Policy")) {
                    found.add(path + ": <meta http-equiv=" + element.attr("http-equiv") + ">");
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
                    if (name.startsWith("on") || name.equals("style")) {
                        found.add(path + ": " + name + " on <" + tag + ">");
                    }
                    if (URL_ATTRIBUTES.contains(name)
                            && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                        found.add(path + ": " + name + "=" + value);
                    }
                }
            }
        }
        return found;
    }
}
