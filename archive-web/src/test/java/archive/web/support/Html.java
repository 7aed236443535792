package archive.web.support;

/** Reading text back out of the pages' HTML. */
public final class Html {

    private Html() {
    }

    /** Undoes the escaping Qute applies to values. */
    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
