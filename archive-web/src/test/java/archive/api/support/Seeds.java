package archive.api.support;

/** The ids of the five seed documents the tests start with, named for what each is. */
public final class Seeds {

    /** A defense.gov news story of 22 July 2024. */
    public static final String DEFENSE_STORY_JULY = "095111aef963144d";
    /** A rewrite of {@link #DEFENSE_STORY_JULY} without a title line. */
    public static final String UNTITLED_REWRITE = "14e58095c9a75005";
    /** A defense.gov news story of 9 September 2024. */
    public static final String DEFENSE_STORY_SEPTEMBER = "58eaaafefa4de3bf";
    /** A rewrite with headings and a "Sources:" credit. */
    public static final String THX_REWRITE = "1aacb8dbb6810538";
    /** A web page dated 2022 that reports events of 2023 and 2024. */
    public static final String MISDATED_WEB_PAGE = "ae93cf49b4b6e044";

    public static final String DEFENSE_STORY_JULY_TITLE =
            "U.S., Iraqi Officials Hold Pentagon Meeting to Discuss Security Cooperation";
    public static final String DOD = "U.S. Department of Defense";
    public static final String DEFENSE_NEWS_STORIES = "https://www.defense.gov/News/News-Stories/";

    private Seeds() {
    }
}
