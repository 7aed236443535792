package archive.api.changes;

import archive.api.signposting.Signposts;
import archive.core.changes.Change;
import archive.core.citation.CitableDocuments;
import archive.core.provenance.LinkStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A change with what its representations say about it: the titles of the documents and where to read them. */
record DescribedChange(Change change, String title, String sourceTitle, ChangeLinksJson links) {

    static DescribedChange of(Change change, String title, String sourceTitle, URI base) {
        String id = change.documentId();
        String version = "api/v1/documents/" + id + "/versions/" + change.version();
        boolean decision = change.sourceId() != null;
        return new DescribedChange(change, title, sourceTitle, new ChangeLinksJson(
                Signposts.landingPage(base, id),
                CitableDocuments.permalink(base, id, change.version()).toString(),
                base.resolve(version + "/text").toString(),
                base.resolve(switch (change.kind()) {
                    case DOCUMENT_ARCHIVED, VERSION_ARCHIVED -> version;
                    case PROVENANCE_DECIDED -> "api/v1/documents/" + id + "/provenance";
                }).toString(),
                decision ? Signposts.landingPage(base, change.sourceId()) : null));
    }

    /**
     * A name-based UUID (RFC 9562 version 3) of what the change is, not of where the feed keeps it: a catalog rebuilt
     * from the store records the same changes under other event ids and transactions, and they keep their ids.
     */
    String id() {
        String name = String.join(" ", "archive-change", change.kind().code(), change.documentId(),
                Integer.toString(change.version()), String.valueOf(change.sourceId()), change.at().toString());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    ChangeJson json() {
        return new ChangeJson(id(), change.cursor().toString(), change.kind(), change.documentId(), change.version(),
                change.sha256(), change.sourceId(), change.decision(), change.at(), change.actor(), title, links);
    }

    /** The entry's title, for people. */
    String headline() {
        return switch (change.kind()) {
            case DOCUMENT_ARCHIVED -> "Archived: " + name();
            case VERSION_ARCHIVED -> "Version " + change.version() + " archived: " + name();
            case PROVENANCE_DECIDED -> (change.decision() == LinkStatus.CONFIRMED ? "Source confirmed: "
                    : change.decision() == LinkStatus.REJECTED ? "Source rejected: " : "Provenance decided: ")
                    + name() + (change.sourceId() == null ? "" : " ← " + sourceName());
        };
    }

    /** What happened, in a sentence, with the facts a reader checks. */
    String summary() {
        String version = "version " + change.version() + " of " + name() + " (document " + change.documentId()
                + ", SHA-256 " + change.sha256() + ")";
        return switch (change.kind()) {
            case DOCUMENT_ARCHIVED, VERSION_ARCHIVED -> change.actor() + " archived " + version + ".";
            case PROVENANCE_DECIDED -> change.actor() + (change.decision() == null ? " decided on a source of "
                    : " " + change.decision().code() + " " + sourceName() + " (document " + change.sourceId()
                            + ") as the source of ") + version + ".";
        };
    }

    private String name() {
        return title == null ? change.documentId() : "“" + title + "”";
    }

    private String sourceName() {
        return sourceTitle == null ? change.sourceId() : "“" + sourceTitle + "”";
    }
}
