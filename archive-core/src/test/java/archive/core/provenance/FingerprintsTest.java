package archive.core.provenance;

import archive.core.provenance.index.FeatureKind;
import archive.core.provenance.index.Fingerprinter;
import archive.core.provenance.index.Fingerprints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void fingerprintsAreStableAcrossRunsAndVersions() {
        Fingerprints f = fingerprinter.fingerprint(Seeds.read(Seeds.FILES.get(0)));
        assertEquals(f, fingerprinter.fingerprint(Seeds.read(Seeds.FILES.get(0))));
        assertEquals(Fingerprinter.SHINGLE_BANDS, f.keys(FeatureKind.SHINGLE_BAND).length);
        assertEquals(Fingerprinter.TERM_BANDS, f.keys(FeatureKind.TERM_BAND).length);
        // Stored keys are persisted: a change here means every archived document must be re-fingerprinted.
        assertEquals(-3007639531931814215L, checksum(f));
    }

    @Test
    void aPartialUnmarkedReuseOfAQuotationHitsTheQuoteRows() {
        Fingerprints original = fingerprinter.fingerprint(Seeds.read(Seeds.FILES.get(0)));
        Fingerprints rewrite = fingerprinter.fingerprint(
                "Ryder emphasized the dialogue in recognition of the upcoming ten-year anniversary of the "
                        + "Global Coalition\u2019s military mission in Iraq.");
        Set<Long> stored = Arrays.stream(original.keys(FeatureKind.QUOTE)).boxed().collect(Collectors.toSet());
        assertTrue(Arrays.stream(rewrite.lookupKeys(FeatureKind.QUOTE)).anyMatch(stored::contains));
        assertEquals(0, rewrite.keys(FeatureKind.QUOTE).length, "unquoted text stores no quote rows");
    }

    @Test
    void minHashBandsOfACopyCollideWithTheOriginal() {
        String original = Seeds.read(Seeds.FILES.get(0));
        String copy = original.replace("Pentagon Press Secretary", "Pentagon press secretary").replace("twice", "two times");
        long[] a = fingerprinter.fingerprint(original).keys(FeatureKind.SHINGLE_BAND);
        long[] b = fingerprinter.fingerprint(copy).keys(FeatureKind.SHINGLE_BAND);
        long shared = Arrays.stream(a).filter(k -> Arrays.stream(b).anyMatch(x -> x == k)).count();
        assertTrue(shared >= Fingerprinter.SHINGLE_BANDS / 2, () -> "shared bands " + shared);
    }

    @Test
    void keysDoNotDependOnIrrelevantTypography() {
        Fingerprints curly = fingerprinter.fingerprint("\u201CWe will take information and recommendations from the HMC,\u201D he said.");
        Fingerprints straight = fingerprinter.fingerprint("\"We will take information and recommendations from the HMC,\" he said.");
        for (FeatureKind kind : List.of(FeatureKind.values())) {
            assertArrayEquals(curly.keys(kind), straight.keys(kind), kind.name());
        }
    }

    private static long checksum(Fingerprints f) {
        long h = 17;
        for (FeatureKind kind : FeatureKind.values()) {
            for (long key : f.keys(kind)) {
                h = h * 31 + key;
            }
        }
        return h;
    }
}
