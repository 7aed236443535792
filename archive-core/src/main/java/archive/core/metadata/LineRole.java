package archive.core.metadata;

/** What a line of an article text is, as far as layout tells. */
public enum LineRole {
    BLANK,
    /** A bare image URL, e.g. the defense.gov lead image on the first line. */
    IMAGE_URL,
    /** A line that is only a date, e.g. "DECEMBER 9, 2022" above a web article. */
    DATE_LINE,
    /** "By Jane Doe" above the article. */
    BYLINE,
    /** The headline, when the text carries one above the body. */
    TITLE,
    /** Category, menu or breadcrumb lines above the article. */
    NAVIGATION,
    /** Article content, including in-body headings, lists and tables. */
    BODY,
    /** Attribution lines: "... was originally found on <url>", "Sources: ...". */
    SOURCE_CREDIT,
    /** Site furniture after the article: "Related News", "About Us", "On this day", ... */
    SITE_BOILERPLATE
}
