package archive.core.citation;

import java.util.regex.Pattern;

/**
 * Finds a style id on the classpath, where the {@code org.citationstyles:styles} jar keeps
 * independent styles at its root and dependent ones under {@code dependent/}.
 *
 * <p>Only ids of the CSL repository's form are accepted, never a path or URL: citeproc-java
 * fetches a style given as an http(s) URL over the network and parses a string starting with
 * "&lt;" as style XML, so a raw user-supplied style id must never reach it.
 */
final class StyleLocator {

    private static final Pattern STYLE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String DEPENDENT_FOLDER = "dependent/";

    /**
     * @return the name citeproc-java loads the style by: "apa" or "dependent/&lt;id&gt;".
     *     citeproc-java follows a dependent style's {@code independent-parent} link itself.
     * @throws UnknownStyleException if no such style exists
     */
    String resourceName(String styleId) {
        if (styleId == null || !STYLE_ID.matcher(styleId).matches()) {
            throw new UnknownStyleException(styleId);
        }
        if (exists(styleId)) {
            return styleId;
        }
        if (exists(DEPENDENT_FOLDER + styleId)) {
            return DEPENDENT_FOLDER + styleId;
        }
        throw new UnknownStyleException(styleId);
    }

    private static boolean exists(String name) {
        return StyleLocator.class.getResource("/" + name + ".csl") != null;
    }
}
