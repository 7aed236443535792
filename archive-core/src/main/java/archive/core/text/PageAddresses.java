package archive.core.text;

import java.util.Locale;

/** When two addresses name one page, and whether an address belongs to a publication named in a text. */
public final class PageAddresses {

    /** Shorter names ("AP", "CNN") match too many hosts by accident; such credits name no page. */
    private static final int MIN_PUBLICATION_KEY = 5;

    private PageAddresses() {
    }

    /**
     * What identifies the page an address names: without scheme, "www.", fragment or trailing slash, lower-cased
     * (the department's sites, which most of the archive comes from, ignore case in paths), on the host under which
     * the publisher serves it ({@link DefenseAddresses#canonicalHost}).
     */
    public static String pageKey(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        int fragment = u.indexOf('#');
        u = fragment >= 0 ? u.substring(0, fragment) : u;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int slash = u.indexOf('/');
        String host = slash >= 0 ? u.substring(0, slash) : u;
        String rest = slash >= 0 ? u.substring(slash) : "";
        host = DefenseAddresses.canonicalHost(host).replaceFirst("^www\\.", "");
        return host + rest;
    }

    /** Both addresses name one page (see {@link #pageKey}). */
    public static boolean samePage(String a, String b) {
        return a != null && b != null && pageKey(a).equals(pageKey(b));
    }

    /**
     * The address is on the site of the publication a text names ("The Dayton Daily News" and
     * daytondailynews.com): the name's letters and digits, without a leading "The", are the host's name before its
     * top-level domain, or one of its labels.
     */
    public static boolean onSiteOf(String url, String publication) {
        String key = publication.toLowerCase(Locale.ROOT).replaceFirst("^\\s*the\\s+", "")
                .replaceAll("[^a-z0-9]", "");
        String host = DefenseAddresses.host(url).replaceFirst("^www\\.", "");
        if (key.length() < MIN_PUBLICATION_KEY || host.isEmpty()) {
            return false;
        }
        int tld = host.lastIndexOf('.');
        String name = tld > 0 ? host.substring(0, tld) : host;
        if (name.replace(".", "").equals(key)) {
            return true;
        }
        for (String label : name.split("\\.")) {
            if (label.replace("-", "").equals(key)) {
                return true;
            }
        }
        return false;
    }
}
