package scorecards.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list too long for one page (the teams of a dimension, the users of a product, the index of all
 * teams), cut into pages of at most {@link #ROWS} rows, so that no page grows with the
 * organisation. Page 1 is the list's own page ({@code dimensions/quality.html}); page k lies beside
 * it with the number before the extension ({@code dimensions/quality.2.html}). A dot never occurs
 * in an id or in a tribe page's name, so the pages of two lists never share a file.
 */
final class PagedList {

    /** Rows per page: a few hundred kilobytes at most for the widest rows, the team index's. */
    static final int ROWS = 250;

    private PagedList() {
    }

    /** How many pages {@code rows} rows take: at least one, which may be empty. */
    static int pages(int rows) {
        return Math.max(1, (rows + ROWS - 1) / ROWS);
    }

    /** The path of page {@code number} (from 1) of the list whose first page is {@code first}. */
    static String path(String first, int number) {
        if (number == 1) {
            return first;
        }
        return first.substring(0, first.length() - ".html".length()) + "." + number + ".html";
    }

    /** The rows of page {@code number}. */
    static <T> List<T> slice(List<T> rows, int number) {
        int from = Math.min(rows.size(), (number - 1) * ROWS);
        return rows.subList(from, Math.min(rows.size(), from + ROWS));
    }

    /**
     * The template model of page {@code number}: its rows, where they stand in the list ("teams
     * 251 to 500 of 10,000"), a link to every page and to the next one.
     *
     * @param labels one per page, the text of its link; null for the page numbers
     */
    static Map<String, Object> model(String first, int number, int total, String noun, List<?> rows, List<String> labels) {
        int pages = pages(total);
        List<Map<String, Object>> links = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            links.add(Maps.of("label", labels == null ? Integer.toString(page) : labels.get(page - 1),
                    "href", path(first, page), "current", page == number));
        }
        int from = Math.min(total, (number - 1) * ROWS + 1);
        int to = Math.min(total, number * ROWS);
        return Maps.of(
                "rows", rows,
                "noun", noun,
                "total", total,
                "from", from,
                "to", to,
                "number", number,
                "pages", links,
                "first", first,
                "next", number < pages ? Maps.of("href", path(first, number + 1),
                        "from", to + 1, "to", Math.min(total, to + ROWS)) : false);
    }

    /**
     * A page of list.ftl showing page {@code number} of a list: the index of every team, or a later
     * part of a list that begins on a page of its own ({@code back} links there; null for none).
     */
    static Page page(SiteContext context, String first, int number, String kind, String title, String heading,
            String intro, Map<String, Object> back, String active, Map<String, Object> list) {
        int pages = ((List<?>) list.get("pages")).size();
        String titled = pages == 1 ? title : context.text("pager.part", title, number, pages);
        String headed = pages == 1 ? heading : context.text("pager.part", heading, number, pages);
        return new Page(path(first, number), "list.ftl", titled, Maps.of("kind", kind, "heading", headed,
                "intro", intro, "back", back == null ? false : back, "active", active, "list", list));
    }

    /** A link back to the page where a list begins. */
    static Map<String, Object> back(String text, String href) {
        return Maps.of("text", text, "href", href);
    }
}
