package archive.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageAddressesTest {

    @Test
    void onePageUnderAnotherSchemeCaseSlashOrDefenseGovAlias() {
        String story = "https://www.defense.gov/News/Article/Article/1073114/mattis-canadian-defense-minister-meet-at-pentagon";
        assertTrue(PageAddresses.samePage(story,
                "http://dod.defense.gov/news/article/article/1073114/mattis-canadian-defense-minister-meet-at-pentagon/"));
        assertTrue(PageAddresses.samePage(story, "defense.gov/News/Article/Article/1073114/"
                + "mattis-canadian-defense-minister-meet-at-pentagon#top"));
        assertFalse(PageAddresses.samePage(story, "https://www.war.gov/News/Article/Article/1073114/"
                + "mattis-canadian-defense-minister-meet-at-pentagon"), "another host is another page");
        assertFalse(PageAddresses.samePage(story, story + "-2"));
        assertFalse(PageAddresses.samePage(story, null));
        assertEquals("example.org/a?b=1", PageAddresses.pageKey("HTTPS://www.Example.org/a?b=1/"));
    }

    @Test
    void aPublicationNamedInATextOwnsTheSiteOfItsName() {
        String dayton = "https://www.daytondailynews.com/local/naming-the-unknown-soldier/";
        assertTrue(PageAddresses.onSiteOf(dayton, "The Dayton Daily News"));
        assertTrue(PageAddresses.onSiteOf(dayton, "Dayton Daily News"));
        assertTrue(PageAddresses.onSiteOf("https://news.stripes.com/x", "Stripes"), "a label of the host");
        assertTrue(PageAddresses.onSiteOf("https://www.military-times.com/x", "Military Times"));
        assertFalse(PageAddresses.onSiteOf(dayton, "The Dayton Business Journal"));
        assertFalse(PageAddresses.onSiteOf("https://apnews.com/x", "AP"), "too short a name to tell");
        assertFalse(PageAddresses.onSiteOf("not a url", "Dayton Daily News"));
    }
}
