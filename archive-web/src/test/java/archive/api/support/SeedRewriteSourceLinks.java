package archive.api.support;

import archive.core.citation.SourceLinks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;

/**
 * Test stand-in for the provenance feature's {@link SourceLinks}: seed 001 is the rewrite of seed 000, as the seeds'
 * texts show. Delete this class when the provenance implementation lands; its tests then confirm the link instead.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SeedRewriteSourceLinks implements SourceLinks {

    private static final Map<String, String> SOURCES = Map.of(Seeds.UNTITLED_REWRITE, Seeds.DEFENSE_STORY_JULY);

    @Override
    public Optional<String> acceptedSourceOf(String documentId) {
        return Optional.ofNullable(SOURCES.get(documentId));
    }
}
