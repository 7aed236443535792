package archive.core.provenance;

import java.util.Locale;

/** The relation names the catalog and the API use: lower case, hyphenated ("same-event"). */
public final class RelationCodes {

    private RelationCodes() {
    }

    public static String code(Relation relation) {
        return relation.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
