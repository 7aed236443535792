package archive.web.documents;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** A document's versions with their fixity, and its events, as the document and version pages show them. */
@ApplicationScoped
public class DocumentHistory {

    /** Versions (oldest first) and events (oldest first) of one document. */
    public record History(Document document, DocumentDescription description, List<VersionRow> versions,
            List<EventRow> events, Optional<EventRow> lastFixityCheck) {

        public VersionRow version(int number) {
            return versions.get(number - 1);
        }
    }

    private final Catalog catalog;

    public DocumentHistory(Catalog catalog) {
        this.catalog = catalog;
    }

    public History of(DocumentId id) {
        Document document = catalog.require(id);
        List<ArchiveEvent> events = catalog.events(id);
        Optional<ArchiveEvent> lastCheck = events.stream()
                .filter(event -> event.type == EventType.FIXITY_CHECK)
                .reduce((earlier, later) -> later);
        List<DocumentVersion> versions = catalog.versions(id);
        DocumentVersion current = versions.get(document.currentVersion - 1);
        return new History(document, DocumentDescription.of(document, current),
                versions.stream().map(version -> VersionRow.of(version, FixityStatus.of(version, lastCheck))).toList(),
                events.stream().map(EventRow::of).toList(),
                lastCheck.map(EventRow::of));
    }
}
