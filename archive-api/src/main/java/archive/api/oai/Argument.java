package archive.api.oai;

import java.util.Arrays;
import java.util.Optional;

/** The arguments a request may carry besides its verb (§4). */
enum Argument {
    IDENTIFIER("identifier"),
    METADATA_PREFIX("metadataPrefix"),
    FROM("from"),
    UNTIL("until"),
    SET("set"),
    RESUMPTION_TOKEN("resumptionToken");

    private final String protocolName;

    Argument(String protocolName) {
        this.protocolName = protocolName;
    }

    String protocolName() {
        return protocolName;
    }

    static Optional<Argument> named(String name) {
        return Arrays.stream(values()).filter(argument -> argument.protocolName.equals(name)).findFirst();
    }
}
