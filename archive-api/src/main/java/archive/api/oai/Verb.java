package archive.api.oai;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The six requests of OAI-PMH 2.0 (§4) and the arguments each takes. */
enum Verb {
    IDENTIFY("Identify", Set.of(), Set.of(), false),
    LIST_METADATA_FORMATS("ListMetadataFormats", Set.of(), Set.of(Argument.IDENTIFIER), false),
    LIST_SETS("ListSets", Set.of(), Set.of(), true),
    GET_RECORD("GetRecord", Set.of(Argument.IDENTIFIER, Argument.METADATA_PREFIX), Set.of(), false),
    LIST_IDENTIFIERS("ListIdentifiers", Set.of(Argument.METADATA_PREFIX),
            Set.of(Argument.FROM, Argument.UNTIL, Argument.SET), true),
    LIST_RECORDS("ListRecords", Set.of(Argument.METADATA_PREFIX),
            Set.of(Argument.FROM, Argument.UNTIL, Argument.SET), true);

    private final String protocolName;
    private final Set<Argument> required;
    private final Set<Argument> optional;
    /** Takes a resumptionToken, which is then its only argument. */
    private final boolean resumable;

    Verb(String protocolName, Set<Argument> required, Set<Argument> optional, boolean resumable) {
        this.protocolName = protocolName;
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    String protocolName() {
        return protocolName;
    }

    Set<Argument> required() {
        return required;
    }

    boolean takes(Argument argument) {
        return required.contains(argument) || optional.contains(argument)
                || (resumable && argument == Argument.RESUMPTION_TOKEN);
    }

    /** The arguments it takes, as a message names them. */
    String arguments() {
        Set<Argument> all = EnumSet.noneOf(Argument.class);
        Arrays.stream(Argument.values()).filter(this::takes).forEach(all::add);
        return all.isEmpty() ? "no arguments"
                : all.stream().map(Argument::protocolName).collect(Collectors.joining(", "));
    }

    static Optional<Verb> named(String name) {
        return Arrays.stream(values()).filter(verb -> verb.protocolName.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Verb::protocolName).collect(Collectors.joining(", "));
    }
}
