package archive.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void indexesTheStartOfALongTextWithoutSplittingACharacter() {
        byte[] text = "ab€cd".getBytes(StandardCharsets.UTF_8);
        assertEquals("ab€cd", SearchIndex.indexedText(text, 100));
        assertEquals("ab€", SearchIndex.indexedText(text, 5));
        assertEquals("ab", SearchIndex.indexedText(text, 4));
        assertEquals("ab", SearchIndex.indexedText(text, 3));
        assertEquals("", SearchIndex.indexedText(text, 0));
    }
}
