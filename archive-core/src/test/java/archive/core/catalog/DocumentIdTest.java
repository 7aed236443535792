package archive.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.problem.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentIdTest {

    @Test
    void takesSixteenLowercaseHexCharacters() {
        assertEquals("095111aef963144d", new DocumentId("095111aef963144d").value());
        assertEquals("095111aef963144d", new DocumentId("095111aef963144d").toString());
        assertEquals(new DocumentId("58eaaafefa4de3bf"), new DocumentId("58eaaafefa4de3bf"));
    }

    @Test
    void refusesAnythingElseSayingWhatAnIdIs() {
        for (String candidate : List.of("", "095111AEF963144D", "095111aef963144", "095111aef963144d0",
                "g95111aef963144d", " 095111aef963144d", "095111aef963144d\n")) {
            InvalidDocumentIdException refused = assertThrows(InvalidDocumentIdException.class,
                    () -> new DocumentId(candidate));
            assertEquals(ProblemType.INVALID_DOCUMENT_ID, refused.type(), candidate);
            assertEquals(404, refused.type().status());
            assertTrue(refused.getMessage().startsWith("'" + candidate + "' is not a document id: ids are 16 "
                    + "lowercase hex characters"), refused.getMessage());
        }
        assertThrows(InvalidDocumentIdException.class, () -> new DocumentId(null));
    }

    /** A client may send a megabyte as an id; the detail quotes enough to recognise it. */
    @Test
    void quotesOnlyTheStartOfALongCandidate() {
        InvalidDocumentIdException refused = assertThrows(InvalidDocumentIdException.class,
                () -> new DocumentId("a".repeat(100_000)));

        assertTrue(refused.getMessage().startsWith("'" + "a".repeat(80) + "…' is not a document id"),
                refused.getMessage());
    }
}
