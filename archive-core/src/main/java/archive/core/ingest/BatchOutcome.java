package archive.core.ingest;

/** What became of one upload of a batch: its result (archived, or already archived), or why it was refused. */
public record BatchOutcome(IngestResult result, ContentRejectedException rejection) {

    static BatchOutcome of(IngestResult result) {
        return new BatchOutcome(result, null);
    }

    static BatchOutcome refused(ContentRejectedException rejection) {
        return new BatchOutcome(null, rejection);
    }

    public boolean isRefused() {
        return rejection != null;
    }
}
