package archive.core.metadata.catalog;

import archive.core.catalog.Document;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.TextDerivation;
import archive.core.metadata.ExtractedMetadata;
import archive.core.metadata.FieldOrigin;
import archive.core.metadata.MetadataExtractor;
import archive.core.metadata.MetadataField;
import archive.core.metadata.MetadataFlag;
import archive.core.retrieval.TextRetrieval;
import archive.core.storage.ObjectMetadata.Correction;
import archive.core.text.PartialDate;
import com.fasterxml.jackson.databind.JsonNode;
import io.ocfl.api.model.VersionNum;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps the catalog's metadata in step with the store: extraction whenever a document's current text is derived
 * from (corrected fields are never overwritten), and, inside the catalog transaction that records each metadata
 * version, the corrections it carries (applied once, whether they come from a librarian now or from the store at
 * reconciliation).
 */
@ApplicationScoped
public class MetadataRecorder {

    static final String EXTRACTION_AGENT = "system:metadata-extraction";
    private static final Logger LOG = Logger.getLogger(MetadataRecorder.class);

    private final MetadataExtractor extractor = new MetadataExtractor();
    private final TextRetrieval texts;

    private final Clock clock;

    public MetadataRecorder(TextRetrieval texts, Clock clock) {
        this.clock = clock;
        this.texts = texts;
    }

    /** Step 1 of {@link archive.core.ingest.DerivationPipeline}: the version's metadata, librarians' corrections kept. */
    public void record(TextDerivation derivation) {
        DocumentVersion version = derivation.version();
        String text = new String(derivation.text(), StandardCharsets.UTF_8);
        ExtractedMetadata extracted = extractor.extract(text);
        Map<FieldName, MetadataField<JsonNode>> found = ExtractedFields.of(extracted);
        found.forEach((name, field) -> recordExtraction(version, name, field));

        Map<FieldName, CurrentField> current = MetadataQueries.currentFields(version.documentId);
        for (FieldName name : FieldName.values()) {
            CurrentField field = current.get(name);
            if (field != null && field.corrected()) {
                continue;
            }
            MetadataField<JsonNode> value = found.get(name);
            if (value == null) {
                if (field != null) {
                    field.delete(); // the new version no longer states it
                }
                continue;
            }
            if (field == null) {
                field = newField(version.documentId, name);
            }
            field.value = value.value();
            field.origin = FieldOrigin.EXTRACTED;
            field.confidence = value.confidence();
            field.rule = value.rule();
            field.textVersion = version.number;
            field.metadataVersion = 0;
            field.setBy = EXTRACTION_AGENT;
            field.setAt = version.createdAt;
            field.persist();
        }
        replaceFlags(version.documentId, text, extracted, current.get(FieldName.PUBLICATION_DATE));
    }

    /**
     * Step 1 of a metadata version in {@link archive.core.ingest.DerivationPipeline}: the librarians' corrections it
     * carries that the catalog has not applied yet become the current fields.
     */
    public void applyCorrections(MetadataVersionArchived archived) {
        String documentId = archived.documentId();
        int applied = MetadataQueries.metadataVersion(documentId);
        List<Correction> fresh = archived.metadata().corrections().stream()
                .filter(c -> c.metadataVersion() > applied).toList();
        if (fresh.isEmpty()) {
            return;
        }
        int textVersion = Document.<Document>findByIdOptional(documentId).orElseThrow().currentVersion;
        Map<FieldName, CurrentField> current = MetadataQueries.currentFields(documentId);
        for (Correction correction : fresh) {
            Optional<FieldName> name = FieldName.byJsonName(correction.field());
            if (name.isEmpty()) {
                LOG.warnf("%s %s: correction of unknown field '%s' not applied", documentId, archived.ocflVersion(),
                        correction.field());
                continue;
            }
            recordCorrection(documentId, archived.ocflVersion(), correction);
            CurrentField field = current.computeIfAbsent(name.get(), n -> newField(documentId, n));
            field.value = correction.to().isNull() ? null : correction.to();
            field.origin = FieldOrigin.CORRECTED;
            field.confidence = 1.0;
            field.rule = CurrentField.CORRECTION_RULE;
            field.textVersion = textVersion;
            field.metadataVersion = correction.metadataVersion();
            field.setBy = correction.by();
            field.setAt = correction.at();
            field.persist();
        }
        if (fresh.stream().anyMatch(c -> c.field().equals(FieldName.PUBLICATION_DATE.jsonName()))) {
            String text = new String(texts.current(new DocumentId(documentId)).bytes(), StandardCharsets.UTF_8);
            replaceFlags(documentId, text, extractor.extract(text), current.get(FieldName.PUBLICATION_DATE));
        }
    }

    /**
     * The extraction's flags, except that a librarian's publication date replaces the stated one when the date is
     * checked against the text.
     */
    private void replaceFlags(String documentId, String text, ExtractedMetadata extracted, CurrentField date) {
        List<MetadataFlag> flags = new ArrayList<>(extracted.flags());
        if (date != null && date.corrected()) {
            flags.removeIf(flag -> flag.type() == MetadataFlag.Type.DATE_CONTRADICTS_TEXT);
            Optional.ofNullable(date.value).flatMap(value -> PartialDate.parse(value.asText()))
                    .ifPresent(corrected -> flags.addAll(extractor.flagsFor(text, corrected.firstDay())));
        }
        DocumentFlag.delete("documentId", documentId);
        Instant now = clock.instant();
        for (MetadataFlag flag : flags) {
            DocumentFlag row = new DocumentFlag();
            row.documentId = documentId;
            row.type = flag.type();
            row.detail = flag.detail();
            row.raisedAt = now;
            row.persist();
        }
    }

    private void recordExtraction(DocumentVersion version, FieldName name, MetadataField<JsonNode> field) {
        ExtractedValue row = new ExtractedValue();
        row.documentId = version.documentId;
        row.textVersion = version.number;
        row.name = name.jsonName();
        row.value = field.value();
        row.confidence = field.confidence();
        row.rule = field.rule();
        row.extractedAt = clock.instant();
        row.persist();
    }

    private static void recordCorrection(String documentId, VersionNum ocflVersion, Correction correction) {
        FieldCorrection row = new FieldCorrection();
        row.documentId = documentId;
        row.metadataVersion = correction.metadataVersion();
        row.name = correction.field();
        row.oldValue = correction.from().isNull() ? null : correction.from();
        row.newValue = correction.to().isNull() ? null : correction.to();
        row.ocflVersion = ocflVersion;
        row.correctedBy = correction.by();
        row.correctedAt = correction.at();
        row.persist();
    }

    private static CurrentField newField(String documentId, FieldName name) {
        CurrentField field = new CurrentField();
        field.documentId = documentId;
        field.name = name.jsonName();
        return field;
    }
}
