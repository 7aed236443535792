package archive.core.ingest;

import archive.core.config.ArchiveConfig;
import archive.core.ingest.ContentRejectedException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Admits only what the archive promises to keep: non-empty UTF-8 text within the size limit. */
@ApplicationScoped
public class ContentValidator {

    private final long maxBytes;

    @Inject
    public ContentValidator(ArchiveConfig config) {
        this(config.maxUploadBytes());
    }

    public ContentValidator(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public void validate(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ContentRejectedException(Reason.EMPTY, "The upload is empty; send the document's text.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        rejectInvalidUtf8(bytes);
        rejectControlBytes(bytes);
    }

    public ContentRejectedException tooLarge(long size) {
        return new ContentRejectedException(Reason.TOO_LARGE, "The upload has " + (size > maxBytes ? "more than " : "")
                + maxBytes + " bytes, the limit (ARCHIVE_MAX_UPLOAD_BYTES).");
    }

    private static void rejectInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new ContentRejectedException(Reason.NOT_UTF8, String.format(
                        "The upload is not valid UTF-8: byte 0x%02x at offset %d does not start or continue a "
                                + "character. Save the text as UTF-8 and upload it again.",
                        bytes[in.position()] & 0xff, in.position()));
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        CoderResult flush = decoder.flush(out);
        if (flush.isError()) {
            throw new ContentRejectedException(Reason.NOT_UTF8, "The upload ends in the middle of a UTF-8 character.");
        }
    }

    /** Text has tabs and line breaks, not NULs or other C0 controls: those mean a binary file named .txt. */
    private static void rejectControlBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0b && b != 0x0c;
            if (control || b == 0x7f) {
                throw new ContentRejectedException(Reason.BINARY, String.format(
                        "The upload looks binary, not text: control byte 0x%02x at offset %d. "
                                + "The archive keeps UTF-8 text documents only.", b, i));
            }
        }
    }
}
