package archive.api.oai;

import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.config.ArchiveConfig;
import archive.core.oai.Harvest;
import archive.core.oai.HarvestableRecords;
import archive.core.oai.RecordDatestamps;
import archive.core.oai.RecordHeader;
import archive.core.oai.RecordSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers OAI-PMH requests (§4) with the response document. Every request first stamps the changes noted so far
 * ({@link RecordDatestamps}): what it then reads is everything stamped until its response date, and whatever is
 * stamped later gets a later datestamp, so a harvest from that response date misses nothing. The records are the
 * catalog's: metadata, current version and accepted source, read as citations read them ({@link CitableDocuments}).
 */
@ApplicationScoped
public class OaiPmhProvider {

    /**
     * Whether documents can be deleted: they cannot (ids are never withdrawn, every version stays), so no record is
     * ever deleted and the full history of deletions, empty, is kept forever (§2.5.1).
     */
    private static final String DELETED_RECORD = "persistent";
    private static final String PROTOCOL_VERSION = "2.0";

    private final RecordDatestamps datestamps;
    private final HarvestableRecords records;
    private final CitableDocuments citable;
    private final Optional<String> archiveName;
    private final Optional<String> adminEmail;
    private final int pageSize;

    public OaiPmhProvider(RecordDatestamps datestamps, HarvestableRecords records, CitableDocuments citable,
            ArchiveConfig config) {
        this.datestamps = datestamps;
        this.records = records;
        this.citable = citable;
        this.archiveName = config.name().map(String::strip).filter(name -> !name.isEmpty());
        this.adminEmail = config.admin().email().map(String::strip).filter(email -> !email.isEmpty());
        this.pageSize = config.oai().pageSize();
    }

    /** The response to a request with these parameters (each name with every value it was given). */
    public String respond(Map<String, List<String>> parameters, URI base) {
        Instant responseDate = datestamps.stamp();
        OaiRepository repository = new OaiRepository(base);
        OaiRequest request = null;
        try {
            request = OaiRequest.parse(parameters);
            OaiXml xml = OaiXml.response(responseDate, repository.baseUrl(), request.echoed());
            switch (request.verb()) {
                case IDENTIFY -> identify(xml, repository, responseDate);
                case LIST_METADATA_FORMATS -> listMetadataFormats(xml, request, repository);
                case LIST_SETS -> listSets(xml, request);
                case GET_RECORD -> getRecord(xml, request, repository);
                case LIST_IDENTIFIERS, LIST_RECORDS -> list(xml, request, repository);
            }
            return xml.finish();
        } catch (OaiErrors errors) {
            boolean readable = request != null
                    && errors.errors().stream().noneMatch(error -> error.code().hidesArguments());
            OaiXml xml = OaiXml.response(responseDate, repository.baseUrl(), readable ? request.echoed() : Map.of());
            errors.errors().forEach(error -> xml.start(OaiXml.OAI, "error").attribute("code", error.code().code())
                    .text(error.message()).end());
            return xml.finish();
        }
    }

    private void identify(OaiXml xml, OaiRepository repository, Instant responseDate) {
        xml.start(OaiXml.OAI, "Identify");
        xml.leaf(OaiXml.OAI, "repositoryName", repositoryName(repository));
        xml.leaf(OaiXml.OAI, "baseURL", repository.baseUrl());
        xml.leaf(OaiXml.OAI, "protocolVersion", PROTOCOL_VERSION);
        xml.leaf(OaiXml.OAI, "adminEmail", adminEmail.orElseGet(repository::postmaster));
        xml.leaf(OaiXml.OAI, "earliestDatestamp",
                UtcDatetime.format(records.earliestDatestamp().orElse(responseDate)));
        xml.leaf(OaiXml.OAI, "deletedRecord", DELETED_RECORD);
        xml.leaf(OaiXml.OAI, "granularity", UtcDatetime.FINEST);
        Optional<RecordHeader> sample = records.page(everything(), Optional.empty(), 1).stream().findFirst();
        if (repository.hostIsDomainName() && sample.isPresent()) {
            xml.start(OaiXml.OAI, "description").root(OaiXml.OAI_IDENTIFIER, "oai-identifier");
            xml.leaf(OaiXml.OAI_IDENTIFIER, "scheme", "oai");
            xml.leaf(OaiXml.OAI_IDENTIFIER, "repositoryIdentifier", repository.host());
            xml.leaf(OaiXml.OAI_IDENTIFIER, "delimiter", ":");
            xml.leaf(OaiXml.OAI_IDENTIFIER, "sampleIdentifier", repository.identifier(sample.get().documentId()));
            xml.end().end();
        }
        xml.end();
    }

    private void listMetadataFormats(OaiXml xml, OaiRequest request, OaiRepository repository) {
        request.argument(Argument.IDENTIFIER).ifPresent(identifier -> header(identifier, repository));
        xml.start(OaiXml.OAI, "ListMetadataFormats");
        for (MetadataFormat format : MetadataFormat.values()) {
            xml.start(OaiXml.OAI, "metadataFormat");
            xml.leaf(OaiXml.OAI, "metadataPrefix", format.prefix());
            xml.leaf(OaiXml.OAI, "schema", format.schema());
            xml.leaf(OaiXml.OAI, "metadataNamespace", format.namespace());
            xml.end();
        }
        xml.end();
    }

    private void listSets(OaiXml xml, OaiRequest request) {
        if (request.argument(Argument.RESUMPTION_TOKEN).isPresent()) {
            throw OaiErrors.of(OaiErrorCode.BAD_RESUMPTION_TOKEN, "ListSets answers every set at once and issues no "
                    + "resumptionToken; ask again without one.");
        }
        xml.start(OaiXml.OAI, "ListSets");
        set(xml, OaiSets.ORIGINALS, "Originals", "Publishers' original articles: their metadata says original, and "
                + "no archived document is their accepted source.");
        set(xml, OaiSets.REWRITES, "Rewrites", "Rewritten copies of articles: their metadata says rewrite, or an "
                + "archived document is their accepted (automatically or by a librarian) source, which their records "
                + "name.");
        set(xml, OaiSets.PUBLISHER, "By publisher", "Documents whose metadata names their publisher, in a subset per "
                + "publisher.");
        OaiSets.publisherSets(records.publishers()).forEach((spec, name) -> set(xml, spec, name, null));
        xml.end();
    }

    private static void set(OaiXml xml, String spec, String name, String description) {
        xml.start(OaiXml.OAI, "set");
        xml.leaf(OaiXml.OAI, "setSpec", spec);
        xml.leaf(OaiXml.OAI, "setName", name);
        if (description != null) {
            xml.start(OaiXml.OAI, "setDescription").root(OaiXml.OAI_DC, "dc").declare(OaiXml.DC)
                    .leaf(OaiXml.DC, "description", description).end().end();
        }
        xml.end();
    }

    private void getRecord(OaiXml xml, OaiRequest request, OaiRepository repository) {
        List<OaiError> errors = new ArrayList<>();
        Optional<MetadataFormat> format = format(request.argument(Argument.METADATA_PREFIX).orElseThrow(), errors);
        Optional<RecordHeader> header = Optional.empty();
        try {
            header = Optional.of(header(request.argument(Argument.IDENTIFIER).orElseThrow(), repository));
        } catch (OaiErrors unknown) {
            errors.addAll(unknown.errors());
        }
        if (!errors.isEmpty()) {
            throw new OaiErrors(errors);
        }
        xml.start(OaiXml.OAI, "GetRecord");
        record(xml, header.orElseThrow(), format.orElseThrow(), repository);
        xml.end();
    }

    /** ListIdentifiers and ListRecords: one page of the list, and a token for the rest (§3.5). */
    private void list(OaiXml xml, OaiRequest request, OaiRepository repository) {
        ResumptionToken list = request.argument(Argument.RESUMPTION_TOKEN)
                .map(token -> ResumptionToken.decode(token, request.verb()))
                .orElseGet(() -> newList(request));
        boolean resumed = request.argument(Argument.RESUMPTION_TOKEN).isPresent();
        RecordSet set = list.set().map(spec -> OaiSets.select(spec, records::publishers).orElseThrow(() -> OaiErrors.of(
                        OaiErrorCode.NO_RECORDS_MATCH, "The archive has no set '" + spec + "'; ListSets lists them.")))
                .orElse(RecordSet.Kind.ALL);
        Harvest harvest = new Harvest(list.from(), list.untilExclusive(), set);
        List<RecordHeader> page = records.page(harvest, list.after(), pageSize + 1);
        if (page.isEmpty()) {
            throw OaiErrors.of(OaiErrorCode.NO_RECORDS_MATCH, resumed
                    ? "No records are left in this list: those that remained have left its set."
                    : "No record matches these from, until and set arguments.");
        }
        boolean more = page.size() > pageSize;
        if (more) {
            page = page.subList(0, pageSize);
        }
        // The list as it stands: what was sent before, and every record still to come.
        long completeListSize = list.cursor() + (more ? records.count(harvest, list.after()) : page.size());

        boolean withMetadata = request.verb() == Verb.LIST_RECORDS;
        xml.start(OaiXml.OAI, request.verb().protocolName());
        for (RecordHeader header : page) {
            if (withMetadata) {
                record(xml, header, list.format(), repository);
            } else {
                header(xml, header, repository);
            }
        }
        if (more || resumed) {
            xml.start(OaiXml.OAI, "resumptionToken").attribute("completeListSize", Long.toString(completeListSize))
                    .attribute("cursor", Long.toString(list.cursor()));
            if (more) {
                xml.text(list.next(page.get(page.size() - 1).position(), page.size()).encode());
            }
            xml.end();
        }
        xml.end();
    }

    /** A list's first request, as a token at its start would hold it. */
    private static ResumptionToken newList(OaiRequest request) {
        List<OaiError> errors = new ArrayList<>();
        MetadataFormat format = format(request.argument(Argument.METADATA_PREFIX).orElseThrow(), errors)
                .orElseThrow(() -> new OaiErrors(errors));
        return ResumptionToken.start(request.verb(), format, request.from().map(UtcDatetime::start),
                request.until().map(UtcDatetime::endExclusive), request.argument(Argument.SET));
    }

    private void record(OaiXml xml, RecordHeader header, MetadataFormat format, OaiRepository repository) {
        CitableDocument document = citable.of(new DocumentId(header.documentId()), Optional.empty(),
                repository.base());
        xml.start(OaiXml.OAI, "record");
        header(xml, header, repository);
        xml.start(OaiXml.OAI, "metadata");
        String identifier = repository.identifier(header.documentId());
        switch (format) {
            case OAI_DC -> DublinCoreRecord.write(xml, document);
            case MODS -> ModsRecord.write(xml, document, identifier, header.datestamp(), repositoryName(repository),
                    repository);
        }
        xml.end().end();
    }

    private static void header(OaiXml xml, RecordHeader header, OaiRepository repository) {
        xml.start(OaiXml.OAI, "header");
        xml.leaf(OaiXml.OAI, "identifier", repository.identifier(header.documentId()));
        xml.leaf(OaiXml.OAI, "datestamp", UtcDatetime.format(header.datestamp()));
        OaiSets.of(header).forEach(spec -> xml.leaf(OaiXml.OAI, "setSpec", spec));
        xml.end();
    }

    /** The record an identifier names, or idDoesNotExist. */
    private RecordHeader header(String identifier, OaiRepository repository) {
        return repository.document(identifier).flatMap(records::header).orElseThrow(() -> OaiErrors.of(
                OaiErrorCode.ID_DOES_NOT_EXIST, "No record has the identifier '" + identifier + "'; this archive's "
                        + "are " + repository.identifier("<document id>") + "."));
    }

    private static Optional<MetadataFormat> format(String prefix, List<OaiError> errors) {
        Optional<MetadataFormat> format = MetadataFormat.withPrefix(prefix);
        if (format.isEmpty()) {
            errors.add(new OaiError(OaiErrorCode.CANNOT_DISSEMINATE_FORMAT, "Records are not disseminated as '"
                    + prefix + "'; the formats are oai_dc and mods."));
        }
        return format;
    }

    private String repositoryName(OaiRepository repository) {
        return archiveName.orElseGet(repository::host);
    }

    private static Harvest everything() {
        return new Harvest(Optional.empty(), Optional.empty(), RecordSet.Kind.ALL);
    }
}
