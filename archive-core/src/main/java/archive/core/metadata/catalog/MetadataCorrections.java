package archive.core.metadata.catalog;

import archive.core.catalog.DocumentId;
import archive.core.catalog.EventType;
import archive.core.ingest.MetadataRevisions;
import archive.core.storage.ObjectMetadata.Correction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a librarian's corrections. Each correction is a new OCFL version of the document (the same text, and a
 * metadata.json carrying every correction so far, so the store alone can rebuild them). The previous value of each
 * field is kept in the history; a value that is already the librarian's is not corrected again.
 */
@ApplicationScoped
public class MetadataCorrections {

    private final DocumentMetadata metadata;
    private final MetadataRevisions revisions;
    private final Event<MetadataCorrected> corrected;

    private final Clock clock;

    public MetadataCorrections(DocumentMetadata metadata, MetadataRevisions revisions,
            Event<MetadataCorrected> corrected, Clock clock) {
        this.clock = clock;
        this.metadata = metadata;
        this.revisions = revisions;
        this.corrected = corrected;
    }

    /** Applies the patch and returns the document's metadata afterwards (unchanged when the patch changes nothing). */
    public MetadataSnapshot correct(DocumentId documentId, CorrectionPatch patch, String agent) {
        Set<FieldName> correctedFields = EnumSet.noneOf(FieldName.class);
        boolean revised = revisions.revise(documentId, EventType.METADATA_CORRECTION, agent, head -> {
            List<Correction> changes = changes(metadata.snapshot(documentId), patch, head.metadataVersion() + 1,
                    agent);
            if (changes.isEmpty()) {
                return Optional.empty();
            }
            changes.forEach(change -> correctedFields.add(FieldName.byJsonName(change.field()).orElseThrow()));
            List<Correction> all = new ArrayList<>(head.corrections());
            all.addAll(changes);
            String fields = changes.stream().map(Correction::field).collect(Collectors.joining(", "));
            return Optional.of(new MetadataRevisions.Revision(
                    head.withCorrections(all, EventType.METADATA_CORRECTION),
                    "metadata version " + (head.metadataVersion() + 1) + ": " + fields));
        });
        if (revised) {
            corrected.fire(new MetadataCorrected(documentId.value(), correctedFields));
        }
        return metadata.snapshot(documentId);
    }

    private List<Correction> changes(MetadataSnapshot current, CorrectionPatch patch, int metadataVersion,
            String agent) {
        Map<FieldName, CurrentField> fields = current.fields().stream()
                .collect(Collectors.toMap(CurrentField::field, field -> field));
        Instant now = clock.instant();
        List<Correction> changes = new ArrayList<>();
        patch.values().forEach((name, value) -> {
            CurrentField field = fields.get(name);
            JsonNode previous = field == null || field.value == null ? NullNode.getInstance() : field.value;
            boolean alreadyTheLibrariansValue = field != null && field.corrected() && previous.equals(value);
            if (!alreadyTheLibrariansValue) {
                changes.add(new Correction(metadataVersion, name.jsonName(), previous, value, agent, now));
            }
        });
        return changes;
    }
}
