package archive.core.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes {@code metadata.json}: pretty, ISO dates, tolerant of fields added later. */
@ApplicationScoped
public class ObjectMetadataCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] write(ObjectMetadata metadata) {
        try {
            return mapper.writeValueAsBytes(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectMetadata read(byte[] json) {
        try {
            return mapper.readValue(json, ObjectMetadata.class);
        } catch (IOException e) {
            throw new UncheckedIOException("metadata.json cannot be read: " + e.getMessage(), e);
        }
    }
}
