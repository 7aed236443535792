package archive.core.search;

import archive.core.metadata.ArticleKind;
import archive.core.vocabulary.Codes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a reader asked for: words in PostgreSQL's web-search syntax ("quoted phrases", -excluded, or) and filters on
 * the document's facets. Blank words browse everything the filters admit.
 */
public record SearchQuery(String text, Optional<String> publisher, Optional<LocalDate> from, Optional<LocalDate> to,
        Optional<ArticleKind> kind) {

    /** Longer than any sensible query; keeps parsing and ranking cheap whatever is pasted into the box. */
    public static final int MAX_TEXT_LENGTH = 500;

    public static final SearchQuery EVERYTHING = new SearchQuery("", Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Parses the raw parameters of a search request; blank parameters mean "no filter". */
    public static SearchQuery parse(String text, String publisher, String from, String to, String kind) {
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSearchException("The search text has " + words.length() + " characters; at most "
                    + MAX_TEXT_LENGTH + " are searched. Shorten it to the words that matter.");
        }
        Optional<LocalDate> fromDate = date("from", from);
        Optional<LocalDate> toDate = date("to", to);
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            throw new InvalidSearchException("The date range starts (from=" + fromDate.get() + ") after it ends (to="
                    + toDate.get() + "); swap the two dates.");
        }
        return new SearchQuery(words, blankToEmpty(publisher), fromDate, toDate, kind(kind));
    }

    /** No words: list documents instead of ranking them. */
    public boolean browsing() {
        return text.isEmpty();
    }

    public boolean filtered() {
        return publisher.isPresent() || from.isPresent() || to.isPresent() || kind.isPresent();
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<LocalDate> date(String name, String value) {
        Optional<String> raw = blankToEmpty(value);
        try {
            return raw.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException("'" + name + "' must be a date written YYYY-MM-DD, like 2024-07-22, not '"
                    + raw.get() + "'.");
        }
    }

    private static Optional<ArticleKind> kind(String value) {
        Optional<String> raw = blankToEmpty(value);
        if (raw.isEmpty() || raw.get().equals("any")) {
            return Optional.empty();
        }
        return Optional.of(Codes.find(ArticleKind.class, raw.get()).orElseThrow(() -> new InvalidSearchException(
                "'kind' is 'original' (stories as first published), 'rewrite' (copies rewritten from them) or 'any', "
                        + "not '" + raw.get() + "'.")));
    }
}
