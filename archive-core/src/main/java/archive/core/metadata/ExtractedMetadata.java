package archive.core.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@link MetadataExtractor} found in one text. A field is empty when the text does
 * not state it; nothing is invented to fill a gap.
 */
public final class ExtractedMetadata {

    private final Optional<MetadataField<String>> title;
    private final Optional<MetadataField<String>> publisher;
    private final Optional<MetadataField<List<String>>> authors;
    private final Optional<MetadataField<LocalDate>> publicationDate;
    private final Optional<MetadataField<String>> sourceUrl;
    private final Optional<MetadataField<String>> imageUrl;
    private final Optional<MetadataField<String>> dateline;
    private final Optional<MetadataField<String>> sourceCredit;
    private final Optional<MetadataField<ArticleKind>> kind;
    private final List<MetadataFlag> flags;

    private ExtractedMetadata(Builder builder) {
        this.title = builder.title;
        this.publisher = builder.publisher;
        this.authors = builder.authors;
        this.publicationDate = builder.publicationDate;
        this.sourceUrl = builder.sourceUrl;
        this.imageUrl = builder.imageUrl;
        this.dateline = builder.dateline;
        this.sourceCredit = builder.sourceCredit;
        this.kind = builder.kind;
        this.flags = List.copyOf(builder.flags);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The headline, stated or (with low confidence) derived from the first sentence. */
    public Optional<MetadataField<String>> title() {
        return title;
    }

    /** The site or organisation that published this text. */
    public Optional<MetadataField<String>> publisher() {
        return publisher;
    }

    /** Author names from a byline, in byline order. */
    public Optional<MetadataField<List<String>>> authors() {
        return authors;
    }

    public Optional<MetadataField<LocalDate>> publicationDate() {
        return publicationDate;
    }

    /** Where the text was originally found, as the text itself states. */
    public Optional<MetadataField<String>> sourceUrl() {
        return sourceUrl;
    }

    public Optional<MetadataField<String>> imageUrl() {
        return imageUrl;
    }

    /** A dateline as written: a place ("Washington, D.C.") or a date line ("DECEMBER 9, 2022"). */
    public Optional<MetadataField<String>> dateline() {
        return dateline;
    }

    /** The credit the text gives its source, as written ("THX News & US Department of Defense"). */
    public Optional<MetadataField<String>> sourceCredit() {
        return sourceCredit;
    }

    public Optional<MetadataField<ArticleKind>> kind() {
        return kind;
    }

    /** Doubts for a librarian; empty when nothing looks wrong. */
    public List<MetadataFlag> flags() {
        return flags;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        title.ifPresent(f -> parts.add("title=" + f));
        publisher.ifPresent(f -> parts.add("publisher=" + f));
        authors.ifPresent(f -> parts.add("authors=" + f));
        publicationDate.ifPresent(f -> parts.add("publicationDate=" + f));
        sourceUrl.ifPresent(f -> parts.add("sourceUrl=" + f));
        imageUrl.ifPresent(f -> parts.add("imageUrl=" + f));
        dateline.ifPresent(f -> parts.add("dateline=" + f));
        sourceCredit.ifPresent(f -> parts.add("sourceCredit=" + f));
        kind.ifPresent(f -> parts.add("kind=" + f));
        if (!flags.isEmpty()) {
            parts.add("flags=" + flags);
        }
        return "ExtractedMetadata" + parts;
    }

    static final class Builder {
        private Optional<MetadataField<String>> title = Optional.empty();
        private Optional<MetadataField<String>> publisher = Optional.empty();
        private Optional<MetadataField<List<String>>> authors = Optional.empty();
        private Optional<MetadataField<LocalDate>> publicationDate = Optional.empty();
        private Optional<MetadataField<String>> sourceUrl = Optional.empty();
        private Optional<MetadataField<String>> imageUrl = Optional.empty();
        private Optional<MetadataField<String>> dateline = Optional.empty();
        private Optional<MetadataField<String>> sourceCredit = Optional.empty();
        private Optional<MetadataField<ArticleKind>> kind = Optional.empty();
        private List<MetadataFlag> flags = List.of();

        private Builder() {
        }

        Builder title(Optional<MetadataField<String>> value) {
            this.title = value;
            return this;
        }

        Builder publisher(Optional<MetadataField<String>> value) {
            this.publisher = value;
            return this;
        }

        Builder authors(Optional<MetadataField<List<String>>> value) {
            this.authors = value;
            return this;
        }

        Builder publicationDate(Optional<MetadataField<LocalDate>> value) {
            this.publicationDate = value;
            return this;
        }

        Builder sourceUrl(Optional<MetadataField<String>> value) {
            this.sourceUrl = value;
            return this;
        }

        Builder imageUrl(Optional<MetadataField<String>> value) {
            this.imageUrl = value;
            return this;
        }

        Builder dateline(Optional<MetadataField<String>> value) {
            this.dateline = value;
            return this;
        }

        Builder sourceCredit(Optional<MetadataField<String>> value) {
            this.sourceCredit = value;
            return this;
        }

        Builder kind(Optional<MetadataField<ArticleKind>> value) {
            this.kind = value;
            return this;
        }

        Builder flags(List<MetadataFlag> value) {
            this.flags = value;
            return this;
        }

        ExtractedMetadata build() {
            return new ExtractedMetadata(this);
        }
    }
}
