package archive.api.content;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the entity-tag lists of If-Match and If-None-Match (RFC 9110 §8.8.3), refusing malformed ones. */
public final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7e\\x80-\\xff]*)\"\\s*(,|$)");

    private EntityTags() {
    }

    public static List<EntityTag> parseList(String header) {
        List<EntityTag> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(header);
        int position = 0;
        while (position < header.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new RequestProblemException(ProblemType.MALFORMED_ENTITY_TAG, "'" + header + "' is not a list of "
                        + "entity tags; send the ETag exactly as received, e.g. \"<sha256>\", or *.");
            }
            tags.add(new EntityTag(matcher.group(2), matcher.group(1) != null));
            position = matcher.end();
        }
        if (tags.isEmpty()) {
            throw new RequestProblemException(ProblemType.MALFORMED_ENTITY_TAG, "The entity-tag list is empty.");
        }
        return tags;
    }
}
