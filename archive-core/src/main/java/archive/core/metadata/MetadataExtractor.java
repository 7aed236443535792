package archive.core.metadata;

import static archive.core.metadata.MetadataField.extracted;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Extracts bibliographic metadata from the plain text of a news article: a defense.gov story as
 * the republishing feed delivers it, or a rewritten copy from another site. Stateless and
 * thread-safe; meant to run at ingest for every document.
 *
 * <p>Every value carries the rule that found it and a confidence; when rules compete, the more
 * explicit statement wins (a quoted headline beats a header line beats a derived sentence).
 */
public final class MetadataExtractor {

    /** The credit line quotes headline and URL verbatim from the publisher. */
    private static final double CREDIT_LINE = 0.95;
    private static final double IMAGE_URL_LINE = 0.95;
    /** A headline printed twice above the body (page title and article heading). */
    private static final double REPEATED_HEADER_TITLE = 0.9;
    /** A single header line could also be a kicker or a category; usually it is the headline. */
    private static final double HEADER_TITLE = 0.7;
    /** A derived first sentence only stands in for a title the text does not have. */
    private static final double FIRST_SENTENCE_TITLE = 0.35;
    private static final double KNOWN_PUBLISHER = 0.9;
    /** A bare host ("example.com") names the site, not necessarily the organisation behind it. */
    private static final double CREDITED_HOST_PUBLISHER = 0.5;
    /** A rewriting outlet listing itself first among its sources; see {@link SourcesCredit#likelyPublisher}. */
    private static final double SELF_CREDITED_PUBLISHER = 0.4;
    private static final double BYLINE = 0.85;
    /** A date alone above the headline is the page's publication date, as far as the page says. */
    private static final double HEADER_DATE_LINE = 0.8;
    private static final double DATELINE = 0.8;
    private static final double SOURCES_LINE = 0.9;
    /** A date the text itself contradicts is kept, for the librarian, but trusted half as much. */
    private static final double CONTRADICTED_DATE_FACTOR = 0.5;

    public ExtractedMetadata extract(String text) {
        Objects.requireNonNull(text, "text");
        ArticleBody body = ArticleBody.of(text);
        Optional<OriginalCredit> credit = firstCredit(body, OriginalCredit::parse);
        Optional<SourcesCredit> sources = firstCredit(body, SourcesCredit::parse);
        Optional<DocumentLine> lead = body.leadParagraph();
        Optional<PlaceDateline> place = lead.flatMap(line -> PlaceDateline.find(line.text()));
        Optional<MetadataField<String>> imageUrl = body.firstLineWith(LineRole.IMAGE_URL)
                .map(line -> extracted(line.text(), IMAGE_URL_LINE, "image-url-line"));
        Optional<MetadataField<LocalDate>> date = publicationDate(body, imageUrl);
        Optional<MetadataFlag> contradiction = date.flatMap(d -> dateContradiction(text, body, d.value()));

        return ExtractedMetadata.builder()
                .title(title(body, credit, lead, place))
                .publisher(publisher(credit, sources))
                .authors(body.firstLineWith(LineRole.BYLINE)
                        .flatMap(line -> Byline.parse(line.text()))
                        .map(names -> extracted(names, BYLINE, "header-byline")))
                .publicationDate(contradiction.isPresent()
                        ? date.map(d -> d.withConfidence(d.confidence() * CONTRADICTED_DATE_FACTOR))
                        : date)
                .sourceUrl(credit.map(c -> extracted(c.url(), CREDIT_LINE, "original-credit-line")))
                .imageUrl(imageUrl)
                .dateline(dateline(body, place))
                .sourceCredit(sourceCredit(credit, sources))
                .kind(KindGuess.guess(credit, sources, body.hasSiteBoilerplate()))
                .flags(contradiction.stream().toList())
                .build();
    }

    /**
     * Doubts about a publication date, stated by the text or set by a librarian, given the text it dates: empty
     * when nothing looks wrong.
     */
    public List<MetadataFlag> flagsFor(String text, LocalDate publicationDate) {
        Objects.requireNonNull(text, "text");
        return dateContradiction(text, ArticleBody.of(text), publicationDate).stream().toList();
    }

    private static Optional<MetadataFlag> dateContradiction(String text, ArticleBody body, LocalDate date) {
        return DateContradiction.check(date, EventYears.in(text, body.spans()));
    }

    private static Optional<MetadataField<String>> title(ArticleBody body, Optional<OriginalCredit> credit,
            Optional<DocumentLine> lead, Optional<PlaceDateline> place) {
        return credit.flatMap(OriginalCredit::title)
                .map(title -> extracted(title, CREDIT_LINE, "original-credit-line"))
                .or(() -> headerTitle(body))
                .or(() -> lead.map(line -> DerivedTitle.fromProse(prose(line, place)))
                        .filter(title -> !title.isBlank())
                        .map(title -> extracted(title, FIRST_SENTENCE_TITLE, "first-sentence")));
    }

    private static Optional<MetadataField<String>> headerTitle(ArticleBody body) {
        List<DocumentLine> titleLines = body.linesWith(LineRole.TITLE);
        if (titleLines.isEmpty()) {
            return Optional.empty();
        }
        String title = titleLines.get(0).text();
        return Optional.of(titleLines.size() > 1
                ? extracted(title, REPEATED_HEADER_TITLE, "header-line-repeated")
                : extracted(title, HEADER_TITLE, "header-line-before-body"));
    }

    /** The lead paragraph without its dateline, so a derived title starts with the news. */
    private static String prose(DocumentLine lead, Optional<PlaceDateline> place) {
        return place.map(p -> lead.text().substring(p.proseStart())).orElse(lead.text());
    }

    private static Optional<MetadataField<String>> publisher(Optional<OriginalCredit> credit, Optional<SourcesCredit> sources) {
        Optional<MetadataField<String>> credited = credit.flatMap(c -> KnownPublishers.nameFor(c.url())
                .map(name -> extracted(name, KNOWN_PUBLISHER, "credit-url-known-publisher"))
                .or(() -> KnownPublishers.host(c.url())
                        .map(host -> extracted(host, CREDITED_HOST_PUBLISHER, "credit-url-host"))));
        return credited.or(() -> sources.flatMap(SourcesCredit::likelyPublisher)
                .map(name -> extracted(name, SELF_CREDITED_PUBLISHER, "sources-line-first-of-several")));
    }

    private static Optional<MetadataField<LocalDate>> publicationDate(ArticleBody body,
            Optional<MetadataField<String>> imageUrl) {
        return body.firstLineWith(LineRole.DATE_LINE)
                .flatMap(line -> DateLine.parse(line.text()))
                .map(date -> extracted(date, HEADER_DATE_LINE, "header-date-line"))
                .or(() -> imageUrl.flatMap(url -> ImageUrlDate.parse(url.value())));
    }

    private static Optional<MetadataField<String>> dateline(ArticleBody body, Optional<PlaceDateline> place) {
        return place.map(p -> extracted(p.place(), DATELINE, "leading-place-dash"))
                .or(() -> body.firstLineWith(LineRole.DATE_LINE)
                        .map(line -> extracted(line.text(), DATELINE, "header-date-line")));
    }

    private static Optional<MetadataField<String>> sourceCredit(Optional<OriginalCredit> credit,
            Optional<SourcesCredit> sources) {
        return credit.map(c -> extracted(c.statement(), CREDIT_LINE, "original-credit-line"))
                .or(() -> sources.map(s -> extracted(s.statement(), SOURCES_LINE, "sources-line")));
    }

    private static <T> Optional<T> firstCredit(ArticleBody body, Function<String, Optional<T>> parser) {
        return body.linesWith(LineRole.SOURCE_CREDIT).stream()
                .map(line -> parser.apply(line.text()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
