package archive.core.citation;

import archive.core.catalog.DocumentId;
import archive.core.provenance.LinkStatus;
import archive.core.storage.Sha256;
import archive.core.text.PartialDate;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents shaped like the archive's seed data: a defense.gov original and a rewrite of it. */
final class Fixtures {

    static final String SEED_TITLE = "U.S., Iraqi Officials Hold Pentagon Meeting to Discuss Security Cooperation";
    static final String DOD = "U.S. Department of Defense";
    static final URI SEED_URL = URI.create("https://www.defense.gov/News/News-Stories/");
    static final URI SEED_PERMALINK = URI.create("http://localhost:8080/documents/095111aef963144d/versions/1");
    static final String SEED_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static final String REWRITE_TITLE = "U.S. and Iraqi officials have gathered at the Pentagon to talk security cooperation";
    static final URI REWRITE_URL = URI.create("https://news.example.com/2024/07/23/us-iraqi-officials-pentagon");
    static final URI REWRITE_PERMALINK = URI.create("http://localhost:8080/documents/a1b2c3d4e5f60718/versions/2");

    /** Archived on 2025-01-05, so a "2024" in a citation can only come from the publication date. */
    static final Instant ARCHIVED_AT = Instant.parse("2025-01-05T10:15:30Z");

    private Fixtures() {
    }

    static CitableDocument seed() {
        return new CitableDocument(new DocumentId("095111aef963144d"), 1, SEED_TITLE, List.of(),
                PartialDate.of(LocalDate.of(2024, 7, 22)), DOD, SEED_URL, SEED_PERMALINK,
                ARCHIVED_AT, new Sha256(SEED_SHA256), null);
    }

    static OriginalSource seedAsOriginal() {
        return new OriginalSource(SEED_TITLE, PartialDate.of(LocalDate.of(2024, 7, 22)), DOD, SEED_URL,
                new DocumentId("095111aef963144d"), SEED_PERMALINK, ARCHIVED_AT, LinkStatus.AUTO);
    }

    static CitableDocument rewrite() {
        return new CitableDocument(new DocumentId("a1b2c3d4e5f60718"), 2, REWRITE_TITLE, List.of("Jane Q. Doe"),
                PartialDate.of(LocalDate.of(2024, 7, 23)), "Example News", REWRITE_URL, REWRITE_PERMALINK,
                ARCHIVED_AT, new Sha256("b".repeat(64)), seedAsOriginal());
    }

    static DocumentCitations citations() {
        return new DocumentCitations(new CitationRenderer(), new CslItemMapper());
    }
}
