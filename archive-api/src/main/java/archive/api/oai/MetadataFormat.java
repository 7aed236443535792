package archive.api.oai;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats every record is disseminated in: unqualified Dublin Core, which OAI-PMH requires (§5), and MODS 3.8,
 * the Library of Congress's richer format, which can say that a rewrite's original is another publication
 * ({@code relatedItem type="original"}).
 */
enum MetadataFormat {
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OaiXml.OAI_DC.uri()),
    MODS("mods", "http://www.loc.gov/standards/mods/v3/mods-3-8.xsd", OaiXml.MODS.uri());

    private final String prefix;
    private final String schema;
    private final String namespace;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    String prefix() {
        return prefix;
    }

    String schema() {
        return schema;
    }

    String namespace() {
        return namespace;
    }

    static Optional<MetadataFormat> withPrefix(String prefix) {
        return Arrays.stream(values()).filter(format -> format.prefix.equals(prefix)).findFirst();
    }
}
