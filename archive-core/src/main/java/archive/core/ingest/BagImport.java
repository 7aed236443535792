package archive.core.ingest;

import archive.core.bags.BagLayout;
import archive.core.bags.BagLayout.BaggedDocument;
import archive.core.bags.BagLayout.BaggedVersion;
import archive.core.bags.BagReceiver;
import archive.core.bags.VerifiedBag;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.ingest.ImportReport.BagSummary;
import archive.core.ingest.ImportReport.FileOutcome;
import archive.core.storage.ConcurrentVersionException;
import archive.core.storage.ContentDigest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A BagIt bag as documents, through the one ingest path; nothing is stored before bagit-java has found the bag
 * complete and valid. A bag in this archive's layout ({@link BagLayout}: a document's bag, a result-set bag) brings
 * each document's versions in order, under the document id it names unless another document has that id; any other
 * bag brings the .txt files of its payload, as a folder import would. Like a folder import, it answers once every
 * file is archived, reports each one, and leaves the derivation of the new documents to the background.
 */
@ApplicationScoped
public class BagImport {

    private static final Logger LOG = Logger.getLogger(BagImport.class);
    private static final String PAYLOAD = "data/";

    private final BagReceiver receiver;
    private final FileBatchImport batches;
    private final IngestService ingest;
    private final ContentValidator validator;
    private final Catalog catalog;
    private final Derivations derivations;

    public BagImport(BagReceiver receiver, FileBatchImport batches, IngestService ingest, ContentValidator validator,
            Catalog catalog, Derivations derivations) {
        this.receiver = receiver;
        this.batches = batches;
        this.ingest = ingest;
        this.validator = validator;
        this.catalog = catalog;
        this.derivations = derivations;
    }

    /**
     * A zipped bag sent as a request body.
     *
     * @throws IOException if the body cannot be read
     */
    public ImportReport importZip(InputStream zip, String agent) throws IOException {
        try (VerifiedBag bag = receiver.unzip(zip)) {
            return importVerified(bag, null, agent);
        }
    }

    /** A bag in a server-side folder (FolderImport has checked it lies inside the import root). */
    ImportReport importFolder(Path directory, String agent) {
        try (VerifiedBag bag = receiver.open(directory)) {
            return importVerified(bag, directory.toString(), agent);
        }
    }

    private ImportReport importVerified(VerifiedBag bag, String folder, String agent) {
        List<BaggedDocument> documents = BagLayout.documents(bag.payloadFiles(), bag.externalIdentifier());
        List<FileOutcome> outcomes = new ArrayList<>();
        try {
            if (documents.isEmpty()) {
                outcomes.addAll(batches.importFiles(bag.root(), texts(bag), agent));
            }
            for (BaggedDocument document : documents) {
                outcomes.addAll(new History(bag, document, agent).importVersions());
            }
        } finally {
            derivations.deriveQueuedInBackground();
        }
        ImportReport report = ImportReport.of(folder, new BagSummary(bag.name(), bag.manifests(),
                bag.payloadFiles().size()), outcomes);
        LOG.infof("bag import of %s (%s, %d documents in the archive's layout) by %s: %d imported, %d duplicate, "
                + "%d rejected", folder == null ? "a zip" : folder, String.join(" and ", bag.manifests()),
                documents.size(), agent, report.imported(), report.duplicates(), report.rejected());
        return report;
    }

    /** Any bag's payload texts: its .txt files, but not hidden ones, which a folder import skips too. */
    private static List<Path> texts(VerifiedBag bag) {
        return bag.payloadFiles().stream()
                .filter(path -> path.toLowerCase(Locale.ROOT).endsWith(".txt"))
                .filter(path -> !path.substring(path.lastIndexOf('/') + 1).startsWith("."))
                .map(bag::payloadFile)
                .toList();
    }

    /** One document's versions, imported in order; each later version continues the history of the first's. */
    private final class History {

        private final VerifiedBag bag;
        private final BaggedDocument document;
        private final String agent;
        /** The document the versions go to, once the first is archived. */
        private String archivedAs;
        /** Whether that document's versions so far are the bag's, so the next may follow them. */
        private boolean inStep;

        History(VerifiedBag bag, BaggedDocument document, String agent) {
            this.bag = bag;
            this.document = document;
            this.agent = agent;
        }

        List<FileOutcome> importVersions() {
            List<FileOutcome> outcomes = new ArrayList<>();
            for (BaggedVersion version : document.versions()) {
                String name = PAYLOAD + version.path();
                try {
                    Upload upload = new Upload(read(version), version.fileName(), agent);
                    outcomes.add(version.number() == 1 ? first(name, upload) : later(name, version.number(), upload));
                } catch (ContentRejectedException e) {
                    inStep = false;
                    outcomes.add(FileOutcome.rejected(name, e.getMessage()));
                } catch (IOException e) {
                    inStep = false;
                    outcomes.add(FileOutcome.rejected(name, "cannot be read: " + e.getMessage()));
                }
            }
            return outcomes;
        }

        /** Under the bag's id while no document has it; otherwise, or if one takes it meanwhile, as an upload. */
        private FileOutcome first(String name, Upload upload) {
            IngestResult result = null;
            Optional<String> id = document.id().filter(free -> catalog.document(free).isEmpty());
            if (id.isPresent()) {
                try {
                    result = ingest.ingestWithId(id.get(), upload, DerivationTiming.QUEUED);
                } catch (ConcurrentVersionException e) {
                    LOG.infof("bag import: %s was taken meanwhile; %s gets an id of its own", id.get(), name);
                }
            }
            if (result == null) {
                result = ingest.ingest(upload, DerivationTiming.QUEUED);
            }
            archivedAs = result.document().id;
            // Bytes archived before may be another document's later version: then nothing may follow them.
            inStep = result.version().number == 1;
            return result.stored() ? FileOutcome.imported(name, archivedAs) : FileOutcome.duplicate(name, archivedAs);
        }

        private FileOutcome later(String name, int number, Upload upload) {
            if (archivedAs == null) {
                return FileOutcome.rejected(name, "not archived: version 1 of this document was not");
            }
            Optional<DocumentVersion> archived = catalog.version(archivedAs, number);
            if (archived.isPresent()) {
                boolean same = archived.get().sha256.equals(ContentDigest.sha256Hex(upload.bytes()));
                inStep &= same;
                return same ? FileOutcome.duplicate(name, archivedAs) : FileOutcome.rejected(name, "not archived: "
                        + "version " + number + " of " + archivedAs + " holds other bytes, so the archive's history "
                        + "of this document differs from the bag's");
            }
            if (!inStep) {
                return FileOutcome.rejected(name, "not archived: the versions before it are not those of "
                        + archivedAs + " in the archive");
            }
            String previous = catalog.version(archivedAs, number - 1).orElseThrow().sha256;
            try {
                IngestResult result = ingest.addVersion(new DocumentId(archivedAs), upload,
                        Optional.of(Set.of(previous)), DerivationTiming.QUEUED);
                inStep = result.stored();
                return result.stored() ? FileOutcome.imported(name, archivedAs)
                        : FileOutcome.duplicate(name, archivedAs);
            } catch (StaleVersionException e) {
                inStep = false;
                return FileOutcome.rejected(name, "not archived: " + archivedAs + " got another version meanwhile");
            }
        }

        /** Not read at all when larger than a document may be. */
        private byte[] read(BaggedVersion version) throws IOException {
            Path file = bag.payloadFile(version.path());
            long size = Files.size(file);
            if (size > validator.maxBytes()) {
                throw validator.tooLarge(size);
            }
            return Files.readAllBytes(file);
        }
    }
}
