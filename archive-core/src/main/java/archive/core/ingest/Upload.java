package archive.core.ingest;

/** Bytes offered to the archive, the name they came with, and who offered them. */
public record Upload(byte[] bytes, String fileName, String agent) {
}
