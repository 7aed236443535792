package archive.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes offered to the archive, the name they came with, and who offered them. */
public record Upload(byte[] bytes, String fileName, String agent) {

    /** The bytes of a file received on this server (a multipart upload's temporary file). */
    public static Upload read(Path file, String fileName, String agent) {
        try {
            return new Upload(Files.readAllBytes(file), fileName, agent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the received file " + file, e);
        }
    }
}
