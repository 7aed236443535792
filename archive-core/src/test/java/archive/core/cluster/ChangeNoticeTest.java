package archive.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangeNoticeTest {

    private static final String NODE = "archive-1/4242/a1b2c3";

    @Test
    void aPayloadReadsBackAsTheNoticeItWasWrittenFrom() {
        ChangeNotice notice = new ChangeNotice(NODE, ChangeNotice.Kind.VERSIONS,
                List.of("0123456789abcdef", "fedcba9876543210"));
        assertEquals(Optional.of(notice), ChangeNotice.parse(notice.payload()));
    }

    @Test
    void aBulkImportsIdsAreSplitIntoPayloadsPostgresAccepts() {
        List<String> ids = IntStream.range(0, 10_000).mapToObj(i -> HexFormat.of().toHexDigits((long) i))
                .toList();

        List<ChangeNotice> notices = ChangeNotice.split(NODE, ChangeNotice.Kind.VERSIONS, ids);

        assertTrue(notices.size() > 1);
        notices.forEach(notice -> assertTrue(
                notice.payload().getBytes(StandardCharsets.UTF_8).length <= ChangeNotice.MAX_PAYLOAD_BYTES));
        assertEquals(ids, notices.stream().flatMap(notice -> notice.documentIds().stream()).toList(),
                "every id once, in order");
        notices.subList(0, notices.size() - 1).forEach(notice -> assertTrue(
                notice.payload().length() + ",0123456789abcdef".length() > ChangeNotice.MAX_PAYLOAD_BYTES,
                "no more notifications than needed: each but the last is full"));
    }

    @Test
    void aPayloadThisVersionDoesNotKnowIsNotMisread() {
        assertTrue(ChangeNotice.parse("archive-1/4242/a1b2c3 renamed 0123456789abcdef").isEmpty());
        assertTrue(ChangeNotice.parse("archive-1/4242/a1b2c3 versions ../etc/passwd").isEmpty());
        assertTrue(ChangeNotice.parse("no kind").isEmpty());
    }
}
