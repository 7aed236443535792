package archive.core.provenance.scoring;

import archive.core.provenance.index.TermWeights;
import java.util.Set;

/** Rarity-weighted share of the derived text's names and numbers that the source also mentions. */
public final class EntityOverlap {

    private EntityOverlap() {
    }

    static double of(Set<String> derived, Set<String> source, TermWeights weights) {
        double total = 0;
        double shared = 0;
        for (String entity : derived) {
            double w = weight(entity, weights);
            total += w;
            if (source.contains(entity)) {
                shared += w;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    /** A name pair is as specific as its rarer word. */
    private static double weight(String entity, TermWeights weights) {
        double w = 0;
        for (String word : entity.split(" ")) {
            w = Math.max(w, weights.weight(word));
        }
        return w;
    }
}
