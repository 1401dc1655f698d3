package scorecards.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The README badge: well-formed, named for screen readers, readable, inert and always the same bytes. */
class BadgeTest {

    /** Parses the SVG as XML: a badge is a file of its own and is fetched from other sites. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The contrast of each text with the rectangle under it, read from the SVG itself. */
    static List<Double> contrasts(Document svg) {
        NodeList rects = svg.getElementsByTagName("rect");
        NodeList texts = svg.getElementsByTagName("text");
        assertEquals(2, rects.getLength());
        assertEquals(2, texts.getLength());
        return List.of(
                Palette.contrast(((Element) rects.item(0)).getAttribute("fill"), ((Element) texts.item(0)).getAttribute("fill")),
                Palette.contrast(((Element) rects.item(1)).getAttribute("fill"), ((Element) texts.item(1)).getAttribute("fill")));
    }

    @Test
    void the_badge_is_an_image_named_by_its_title() {
        Document svg = parse(Badge.of("scorecards", "Self-service", "Payments: overall level Self-service", "#08306B")
                .svg("badge-payments"));
        Element root = svg.getDocumentElement();

        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("badge-payments", root.getAttribute("aria-labelledby"));
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        assertEquals("badge-payments", title.getAttribute("id"));
        assertEquals("Payments: overall level Self-service", title.getTextContent());
        NodeList texts = svg.getElementsByTagName("text");
        assertEquals("scorecards", texts.item(0).getTextContent());
        assertEquals("Self-service", texts.item(1).getTextContent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#000000", "#FFFFFF", "#DEEBF7", "#08306B", "#777777", "#767676", "#7F7F7F", "#E69F00",
            "#0072B2", "#FF0000", "#00FF00", "#57606A", "#444D56"})
    void text_on_any_background_reaches_four_and_a_half_to_one(String background) {
        Document svg = parse(new Badge("label", "value", "title", background, background).svg("b"));

        for (double contrast : contrasts(svg)) {
            assertTrue(contrast >= 4.5, background + ": " + contrast);
        }
    }

    @Test
    void every_level_colour_of_every_ramp_gives_a_readable_badge() {
        for (int count = 2; count <= 8; count++) {
            for (String colour : Palette.levels(count)) {
                for (double contrast : contrasts(parse(Badge.of("scorecards", "Level", "t", colour).svg("b")))) {
                    assertTrue(contrast >= 4.5, colour + " of " + count + ": " + contrast);
                }
            }
        }
    }

    @Test
    void hostile_text_stays_text() {
        String hostile = "<script>alert('x')</script> & \"quoted\" <svg onload=alert(1)>";
        Badge badge = Badge.of(hostile, hostile, hostile, "#08306B");
        Document svg = parse(badge.svg("id\"><script>alert(2)</script>"));

        assertEquals(0, svg.getElementsByTagName("script").getLength());
        assertEquals(1, svg.getElementsByTagName("svg").getLength());
        assertEquals(hostile, svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(hostile, svg.getElementsByTagName("text").item(1).getTextContent());
        assertEquals("id\"><script>alert(2)</script>", svg.getDocumentElement().getAttribute("aria-labelledby"));
    }

    @Test
    void characters_xml_cannot_hold_are_replaced_so_the_file_still_parses() {
        Document svg = parse(Badge.of("a\u0000b", "c\u0007d\uFFFE", "t\u001Bitle\uD800", "#08306B").svg("b"));

        assertEquals("a\uFFFDb", svg.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("c\uFFFDd\uFFFD", svg.getElementsByTagName("text").item(1).getTextContent());
        assertEquals("t\uFFFDitle\uFFFD", svg.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void nothing_is_fetched_and_nothing_runs() {
        String svg = Badge.of("scorecards", "Self-service", "t", "#08306B").svg("b");

        assertTrue(!svg.contains("href") && !svg.contains("url(") && !svg.contains("<script")
                && !svg.contains("<image") && !svg.contains("<style") && !svg.contains("style=")
                && !svg.contains("@import") && !svg.matches("(?s).*\\son\\w+=.*"), svg);
    }

    @Test
    void the_width_follows_the_text_and_the_texts_fit_their_halves() {
        Badge small = Badge.of("scorecards", "Start", "t", "#08306B");
        Badge large = Badge.of("scorecards", "Platform as a product", "t", "#08306B");
        Document svg = parse(large.svg("b"));
        Element root = svg.getDocumentElement();

        assertTrue(large.width() > small.width() + 50, small.width() + " vs " + large.width());
        assertEquals(Svg.n(large.width()), root.getAttribute("width"));
        assertEquals("20", root.getAttribute("height"));
        assertEquals("0 0 " + Svg.n(large.width()) + " 20", root.getAttribute("viewBox"));
        NodeList texts = svg.getElementsByTagName("text");
        double valueText = Double.parseDouble(((Element) texts.item(1)).getAttribute("textLength"));
        assertTrue(valueText < large.valueWidth(), valueText + " within " + large.valueWidth());
        assertEquals(Badge.textWidth("Platform as a product"), valueText, 1e-9);
    }

    @Test
    void the_same_badge_is_always_the_same_bytes() {
        String first = Badge.of("campaign | buddies", "on track", "A DevOps buddy in every team: on track", "#0072B2").svg("c");
        String second = Badge.of("campaign | buddies", "on track", "A DevOps buddy in every team: on track", "#0072B2").svg("c");

        assertEquals(first, second);
    }

    @Test
    void a_colour_that_is_not_hex_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Badge.of("a", "b", "c", "red"));
        assertThrows(IllegalArgumentException.class, () -> new Badge("a", "b", "c", "#12345", "#123456"));
        assertThrows(IllegalArgumentException.class, () -> Badge.of("a", "b", "c", "#123456\" onload=\"x"));
    }
}
