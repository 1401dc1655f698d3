package scorecards.model;

/**
 * One file of {@code content/} as the checker read it: where it is, where it will be published
 * and, for Markdown, what its header says and the text after it. The build hands the site engine
 * only this reading, never the file itself. {@code date} is null for a page without one;
 * {@code tags} is "" without tags; an image has no title, date or body.
 */
public record ContentFile(String path, String uri, String title, String type, boolean draft, String date, String tags,
        String body) {

    public static final String PAGE = "page";
    public static final String POST = "post";
    public static final String IMAGE = "image";

    /** An image, published as it is at {@code uri}. */
    public static ContentFile image(String path, String uri) {
        return new ContentFile(path, uri, "", IMAGE, false, null, "", "");
    }

    public boolean isPost() {
        return POST.equals(type);
    }

    public boolean isImage() {
        return IMAGE.equals(type);
    }
}
