package archive.core.citation.bench;

import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitableFields;
import archive.core.citation.CitationFormat;
import archive.core.citation.CitationRenderer;
import archive.core.citation.CitationRequest;
import archive.core.citation.CslItemMapper;
import archive.core.citation.DocumentCitations;
import archive.core.metadata.MetadataExtractor;
import archive.core.metadata.catalog.ExtractedFields;
import archive.core.metadata.catalog.FieldName;
import archive.core.storage.ContentDigest;
import archive.core.storage.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Warm APA citations per second over every document of a folder (the seeds by default), each cited the way the API
 * cites it: metadata as extraction finds it at ingest, the CSL item with the archived copy, rendered by the pooled
 * citeproc-java processors. Not a test: run it with
 * {@code ./mvnw -B -q -pl archive-core test-compile exec:java -Dexec.args="[folder] [renders]"}.
 */
public final class CitationBenchmark {

    private static final URI WEB_BASE = URI.create("http://localhost:8080/");

    private CitationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
        int renders = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<CitableDocument> documents = documents(folder);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no .txt documents in " + folder.toAbsolutePath());
        }
        DocumentCitations citations = new DocumentCitations(new CitationRenderer(), new CslItemMapper());
        CitationRequest apa = CitationRequest.of("apa", CitationFormat.TEXT);

        long characters = run(citations, apa, documents, renders);
        long start = System.nanoTime();
        characters += run(citations, apa, documents, renders);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("%d documents from %s; %d warm APA citations in %.2f s on one thread = %.0f citations/s "
                + "(%d characters rendered)%n", documents.size(), folder, renders, seconds, renders / seconds,
                characters);
    }

    private static long run(DocumentCitations citations, CitationRequest request, List<CitableDocument> documents,
            int renders) {
        long characters = 0;
        for (int i = 0; i < renders; i++) {
            characters += citations.cite(documents.get(i % documents.size()), request).length();
        }
        return characters;
    }

    private static List<CitableDocument> documents(Path folder) throws IOException {
        MetadataExtractor extractor = new MetadataExtractor();
        List<CitableDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String sha256 = ContentDigest.sha256Hex(bytes);
                Map<FieldName, JsonNode> values = new EnumMap<>(FieldName.class);
                ExtractedFields.of(extractor.extract(new String(bytes, StandardCharsets.UTF_8)))
                        .forEach((name, field) -> values.put(name, field.value()));
                String id = sha256.substring(0, 16);
                documents.add(CitableFields.document(new DocumentId(id), 1, values, false, file.getFileName().toString(),
                        CitableDocuments.permalink(WEB_BASE, id, 1), Instant.now(), new Sha256(sha256), null));
            }
        }
        return documents;
    }
}
