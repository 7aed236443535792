package archive.core.provenance;

import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.scoring.ProvenanceSignals;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Stores a link's evidence and signals as JSON in the catalog, and reads them back. */
@ApplicationScoped
public class EvidenceCodec {

    /** What is kept per link: the aligned passages and the signals behind the score. */
    public record StoredEvidence(Evidence evidence, ProvenanceSignals signals) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(Evidence evidence, ProvenanceSignals signals) {
        try {
            return mapper.writeValueAsString(new StoredEvidence(evidence, signals));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StoredEvidence read(String json) {
        try {
            return mapper.readValue(json, StoredEvidence.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored provenance evidence cannot be read", e);
        }
    }
}
