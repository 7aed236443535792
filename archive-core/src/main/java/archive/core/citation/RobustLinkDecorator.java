package archive.core.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the links in citeproc-java's HTML output into Robust Links
 * (https://robustlinks.mementoweb.org/spec/) without changing the visible entry text:
 * <ul>
 *   <li>an {@code <a>} whose href is the original or the archived address gets
 *       {@code data-originalurl}, {@code data-versionurl} and {@code data-versiondate};</li>
 *   <li>the archived address printed as plain text (styles print {@code archive_location}
 *       unlinked) is wrapped in such an {@code <a>}.</li>
 * </ul>
 * Relies on the shape citeproc-java writes links in, {@code <a href="URL">TEXT</a>}, with the
 * URL unescaped in the attribute (safe, as {@link WebAddresses} only admits parsed URIs) and
 * HTML-escaped in the text.
 */
final class RobustLinkDecorator {

    private static final Pattern CITEPROC_LINK = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>");
    /** Characters that would continue a URL: ".../versions/1" must not match inside ".../versions/12". */
    private static final String NOT_FOLLOWED_BY_URL_CHARACTER = "(?![0-9A-Za-z/_~%-])";

    String decorate(String entryHtml, RobustLink link) {
        String attributes = attributes(link);
        String versionUrl = link.versionUrl().toString();
        String originalUrl = link.originalUrl() == null ? null : link.originalUrl().toString();
        Pattern versionUrlAsText = Pattern.compile(Pattern.quote(escape(versionUrl)) + NOT_FOLLOWED_BY_URL_CHARACTER);
        String versionAnchor = Matcher.quoteReplacement(
                "<a href=\"" + escape(versionUrl) + "\"" + attributes + ">" + escape(versionUrl) + "</a>");

        StringBuilder out = new StringBuilder(entryHtml.length() + 256);
        Matcher anchor = CITEPROC_LINK.matcher(entryHtml);
        int textStart = 0;
        while (anchor.find()) {
            String text = entryHtml.substring(textStart, anchor.start());
            out.append(versionUrlAsText.matcher(text).replaceAll(versionAnchor));
            String href = anchor.group(1);
            if (href.equals(versionUrl) || href.equals(originalUrl)) {
                out.append("<a href=\"").append(href).append('"').append(attributes).append('>')
                        .append(anchor.group(2)).append("</a>");
            } else {
                out.append(anchor.group());
            }
            textStart = anchor.end();
        }
        out.append(versionUrlAsText.matcher(entryHtml.substring(textStart)).replaceAll(versionAnchor));
        return out.toString();
    }

    private static String attributes(RobustLink link) {
        StringBuilder attributes = new StringBuilder();
        if (link.originalUrl() != null) {
            attributes.append(" data-originalurl=\"").append(escape(link.originalUrl().toString())).append('"');
        }
        attributes.append(" data-versionurl=\"").append(escape(link.versionUrl().toString())).append('"');
        attributes.append(" data-versiondate=\"").append(link.versionDate()).append('"');
        return attributes.toString();
    }

    /** The HTML escaping citeproc-java applies to text (escapeHtml4), for the ASCII of a URI. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
