package scorecards.model;

/**
 * One hand-written Markdown file of {@code content/}: where it is, where it will be published
 * and what its header says. {@code date} is null for a page without one.
 */
public record ContentFile(String path, String uri, String title, String type, boolean draft, String date) {

    public boolean isPost() {
        return "post".equals(type);
    }
}
