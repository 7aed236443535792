package archive.api.content;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import archive.core.retrieval.ArchivedText;
import archive.core.storage.Sha256;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byte-exact HTTP representation of archived text: strong ETag and Repr-Digest from the SHA-256,
 * Last-Modified, conditional GET (304), and single byte ranges (206/416).
 */
public final class TextRepresentation {

    public static final String MEDIA_TYPE = "text/plain; charset=utf-8";
    private static final Pattern BYTE_RANGE = Pattern.compile("(\\d*)-(\\d*)");

    private TextRepresentation() {
    }

    /** Whether the URL names bytes that can never change (a version, a digest) rather than "the current text". */
    public enum Mutability {
        IMMUTABLE, CURRENT
    }

    public static Response respond(ArchivedText text, HttpHeaders headers, Mutability mutability) {
        return respond(text, headers, mutability, Map.of());
    }

    /**
     * @param described headers that say what the text is (Link, Memento-Datetime), sent with every answer about it,
     *                  304 included
     */
    public static Response respond(ArchivedText text, HttpHeaders headers, Mutability mutability,
            Map<String, String> described) {
        String sha256 = text.version().sha256;
        String etag = etag(sha256);
        String lastModified = HttpDates.format(text.version().createdAt);
        if (notModified(headers, etag, text)) {
            return common(Response.notModified(), sha256, lastModified, mutability, described).build();
        }
        byte[] bytes = text.bytes();
        String range = headers.getHeaderString("Range");
        if (range != null && rangeApplies(headers, etag)) {
            long[] span = parseRange(range, bytes.length);
            if (span != null) {
                byte[] part = Arrays.copyOfRange(bytes, (int) span[0], (int) span[1] + 1);
                return common(Response.status(206).entity(part), sha256, lastModified, mutability, described)
                        .header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + bytes.length)
                        .build();
            }
        }
        return common(Response.ok(bytes), sha256, lastModified, mutability, described).build();
    }

    public static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    private static Response.ResponseBuilder common(Response.ResponseBuilder response, String sha256,
            String lastModified, Mutability mutability, Map<String, String> described) {
        described.forEach(response::header);
        return response.type(MEDIA_TYPE)
                .header(HttpHeaders.ETAG, etag(sha256))
                .header("Repr-Digest", "sha-256=:" + new Sha256(sha256).base64() + ":")
                .header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, mutability == Mutability.IMMUTABLE
                        ? "public, max-age=31536000, immutable" : "no-cache");
    }

    private static boolean notModified(HttpHeaders headers, String etag, ArchivedText text) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String tags = ifNoneMatch.strip();
            // The usual case, a client sending back the one ETag it got, needs no parsing.
            return tags.equals(etag) || tags.equals("*") || EntityTags.parseList(ifNoneMatch).stream()
                    .anyMatch(tag -> tag.getValue().equals(etag.substring(1, etag.length() - 1)));
        }
        ZonedDateTime since = httpDate(headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
        return since != null && !text.version().createdAt.isAfter(since.toInstant().plusSeconds(1).minusNanos(1));
    }

    /** If-Range: serve the range only if the client's copy is still this representation (strong match). */
    private static boolean rangeApplies(HttpHeaders headers, String etag) {
        String ifRange = headers.getHeaderString("If-Range");
        return ifRange == null || ifRange.strip().equals(etag);
    }

    /** [first, last] inclusive; null when the range is ignored (another unit, several ranges). */
    static long[] parseRange(String header, long length) {
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0) {
            throw invalidRange(header, length);
        }
        if (!value.substring(0, equals).strip().equalsIgnoreCase("bytes")) {
            return null; // RFC 9110: ignore range units we do not understand
        }
        String spec = value.substring(equals + 1).strip();
        if (spec.contains(",")) {
            return null; // several ranges: the whole representation is a valid answer
        }
        Matcher matcher = BYTE_RANGE.matcher(spec);
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())
                || matcher.group(1).length() > 18 || matcher.group(2).length() > 18) {
            throw invalidRange(header, length);
        }
        long first;
        long last;
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            if (suffix == 0) {
                throw unsatisfiable(header, length);
            }
            first = Math.max(0, length - suffix);
            last = length - 1;
        } else {
            first = Long.parseLong(matcher.group(1));
            last = matcher.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(matcher.group(2)), length - 1);
            if (!matcher.group(2).isEmpty() && Long.parseLong(matcher.group(2)) < first) {
                throw invalidRange(header, length);
            }
        }
        if (first >= length) {
            throw unsatisfiable(header, length);
        }
        return new long[] {first, last};
    }

    private static RangeNotSatisfiableException invalidRange(String header, long length) {
        return new RangeNotSatisfiableException("The Range header '" + header + "' is malformed; use for example "
                + "'bytes=0-99', 'bytes=100-' or 'bytes=-100'.", length);
    }

    private static RangeNotSatisfiableException unsatisfiable(String header, long length) {
        return new RangeNotSatisfiableException("The Range '" + header + "' asks for bytes outside the "
                + length + " this text has.", length);
    }

    private static ZonedDateTime httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null; // RFC 9110: an invalid date is ignored
        }
    }

    /** 416 with the Content-Range that tells the client the real length. */
    public static class RangeNotSatisfiableException extends RequestProblemException {
        private final long length;

        RangeNotSatisfiableException(String detail, long length) {
            super(ProblemType.RANGE_NOT_SATISFIABLE, detail);
            this.length = length;
        }

        public long length() {
            return length;
        }
    }
}
