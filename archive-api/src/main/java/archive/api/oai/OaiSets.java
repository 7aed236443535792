package archive.api.oai;

import archive.core.oai.RecordHeader;
import archive.core.oai.RecordSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The set hierarchy (§2.6, ListSets): {@code originals}, {@code rewrites} and {@code publisher}, whose subsets are
 * {@code publisher:<slug>}, one per publisher the records name (the name lowercased, accents dropped, every run of
 * other characters a hyphen: "U.S. Department of Defense" is {@code publisher:u-s-department-of-defense}). Spellings
 * with the same slug are one set. A set takes in its subsets (§2.7.2).
 */
final class OaiSets {

    static final String ORIGINALS = "originals";
    static final String REWRITES = "rewrites";
    static final String PUBLISHER = "publisher";

    private OaiSets() {
    }

    /** The sets a record belongs to, as its header names them. */
    static List<String> of(RecordHeader header) {
        List<String> specs = new ArrayList<>();
        if (header.original()) {
            specs.add(ORIGINALS);
        }
        if (header.rewrite()) {
            specs.add(REWRITES);
        }
        header.publisher().flatMap(OaiSets::publisherSet).ifPresent(specs::add);
        return specs;
    }

    /** The records a setSpec selects; empty for a set the repository does not have. */
    static Optional<RecordSet> select(String setSpec, Supplier<List<String>> publishers) {
        return switch (setSpec) {
            case ORIGINALS -> Optional.of(RecordSet.Kind.ORIGINALS);
            case REWRITES -> Optional.of(RecordSet.Kind.REWRITES);
            case PUBLISHER -> Optional.of(RecordSet.Kind.WITH_PUBLISHER);
            default -> {
                Set<String> named = publishers.get().stream()
                        .filter(name -> publisherSet(name).filter(setSpec::equals).isPresent())
                        .collect(Collectors.toSet());
                yield named.isEmpty() ? Optional.empty() : Optional.of(new RecordSet.Publishers(named));
            }
        };
    }

    /** Each publisher set and its name (the first spelling, in order, of those that share it). */
    static Map<String, String> publisherSets(List<String> publishers) {
        Map<String, String> sets = new LinkedHashMap<>();
        publishers.forEach(name -> publisherSet(name).ifPresent(spec -> sets.putIfAbsent(spec, name)));
        return sets;
    }

    static Optional<String> publisherSet(String publisher) {
        String slug = Normalizer.normalize(publisher, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? Optional.empty() : Optional.of(PUBLISHER + ":" + slug);
    }
}
