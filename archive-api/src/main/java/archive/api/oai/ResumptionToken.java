package archive.api.oai;

import archive.core.catalog.DocumentId;
import archive.core.oai.RecordPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * A list's arguments and how far it has got: the datestamp and document of the last record sent (datestamps to the
 * microsecond) and how many were sent. Encoded, it is the list's resumptionToken (§3.5), stateless: the next page is
 * the records after that one in datestamp order, so a record added or changed meanwhile, whose datestamp is later
 * than any, comes at the end instead of shifting the pages, and a token stays valid as long as the archive answers,
 * so none expires.
 */
record ResumptionToken(Verb verb, MetadataFormat format, Optional<Instant> from, Optional<Instant> untilExclusive,
        Optional<String> set, Optional<RecordPosition> after, long cursor) {

    /** A list's first page. */
    static ResumptionToken start(Verb verb, MetadataFormat format, Optional<Instant> from,
            Optional<Instant> untilExclusive, Optional<String> set) {
        return new ResumptionToken(verb, format, from, untilExclusive, set, Optional.empty(), 0);
    }

    /** The list after this page, which ended with {@code last} and held {@code sent} records. */
    ResumptionToken next(RecordPosition last, int sent) {
        return new ResumptionToken(verb, format, from, untilExclusive, set, Optional.of(last), cursor + sent);
    }

    private static final String VERSION = "1";
    private static final String SEPARATOR = "|";
    private static final int FIELDS = 9;

    /** The token of a list that has got somewhere. */
    String encode() {
        RecordPosition last = after.orElseThrow();
        String text = String.join(SEPARATOR, VERSION, verb.protocolName(), format.prefix(), micros(from),
                micros(untilExclusive), set.orElse(""), Long.toString(micros(last.datestamp())), last.documentId(),
                Long.toString(cursor));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token's list, if this archive issued it for this verb. */
    static ResumptionToken decode(String token, Verb verb) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split("\\" + SEPARATOR, -1);
            if (fields.length != FIELDS || !fields[0].equals(VERSION) || !fields[1].equals(verb.protocolName())
                    || !DocumentId.isValid(fields[7])) {
                throw invalid();
            }
            long cursor = Long.parseLong(fields[8]);
            if (cursor < 0) {
                throw invalid();
            }
            return new ResumptionToken(verb, MetadataFormat.withPrefix(fields[2]).orElseThrow(ResumptionToken::invalid),
                    instant(fields[3]), instant(fields[4]), Optional.of(fields[5]).filter(spec -> !spec.isEmpty()),
                    Optional.of(new RecordPosition(instant(Long.parseLong(fields[6])), fields[7])), cursor);
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static String micros(Optional<Instant> instant) {
        return instant.map(moment -> Long.toString(micros(moment))).orElse("");
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Optional<Instant> instant(String micros) {
        return micros.isEmpty() ? Optional.empty() : Optional.of(instant(Long.parseLong(micros)));
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static OaiErrors invalid() {
        return OaiErrors.of(OaiErrorCode.BAD_RESUMPTION_TOKEN, "This resumptionToken was not issued for this verb by "
                + "this archive, or it is damaged; start the list again without it.");
    }
}
