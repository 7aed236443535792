package archive.core.citation;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * Splits a personal name as written ("C. Todd Lopez", "Ludwig van Beethoven") into the
 * family/given parts that styles need for "Lopez, C. T.", reusing citeproc-java's BibTeX name parser.
 */
final class PersonNames {

    private PersonNames() {
    }

    static CSLName parse(String name) {
        CSLName[] parsed = NameParser.parse(name);
        // The parser treats " and " as a separator; a single name that splits stays whole.
        if (parsed.length == 1) {
            return parsed[0];
        }
        return new CSLNameBuilder().literal(name).build();
    }
}
