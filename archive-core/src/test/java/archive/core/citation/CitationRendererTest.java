package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationRendererTest {

    private final CitationRenderer renderer = new CitationRenderer();
    private final CSLItemData seed = new CslItemMapper().toItem(Fixtures.seed());

    @ParameterizedTest
    @ValueSource(strings = {"no-such-style", "../apa", "dependent/acta-psychologica", "APA",
        "https://www.zotero.org/styles/apa", "<style/>", ""})
    void unknownOrUnsafeStyleIdIsRejected(String styleId) {
        CitationRequest request = CitationRequest.of(styleId, CitationFormat.TEXT);

        UnknownStyleException e = assertThrows(UnknownStyleException.class, () -> renderer.render(request, seed));
        assertEquals(styleId, e.styleId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx-YY", "en", "../../etc/passwd"})
    void unknownLocaleIsRejected(String locale) {
        CitationRequest request = new CitationRequest("apa", locale, CitationFormat.TEXT);

        assertThrows(UnknownLocaleException.class, () -> renderer.render(request, seed));
    }

    /** citeproc-java's reset() switches a processor back to HTML; a reused processor must not. */
    @Test
    void reusedProcessorKeepsItsFormat() {
        CitationRequest text = CitationRequest.of("apa", CitationFormat.TEXT);

        String first = renderer.render(text, seed);
        String second = renderer.render(text, seed);

        assertEquals(first, second);
    }

    @Test
    void concurrentRendersMatchSequentialOnes() throws Exception {
        CslItemMapper mapper = new CslItemMapper();
        List<CSLItemData> items = List.of(mapper.toItem(Fixtures.seed()), mapper.toItem(Fixtures.rewrite()));
        List<CitationRequest> requests = List.of(
                CitationRequest.of("apa", CitationFormat.TEXT), CitationRequest.of("apa", CitationFormat.HTML),
                CitationRequest.of("modern-language-association", CitationFormat.TEXT));
        List<String> expected = requests.stream()
                .flatMap(request -> items.stream().map(item -> renderer.render(request, item))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 32)
                    .mapToObj(run -> pool.submit(() -> requests.stream()
                            .flatMap(request -> items.stream().map(item -> renderer.render(request, item)))
                            .toList()))
                    .toList();
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
