package archive.api.oai;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request whose verb and arguments are legal (§3.6, §4): the verb given once and known, every argument one the verb
 * takes, given once, the required ones present, a resumptionToken alone, values of the right syntax, from and until
 * real dates of the same granularity and in order. Anything else ends it with badVerb or badArgument errors, all
 * of the request's at once.
 */
record OaiRequest(Verb verb, Map<Argument, String> arguments, Optional<UtcDatetime> from,
        Optional<UtcDatetime> until) {

    private static final String VERB = "verb";
    /** The syntax of a metadataPrefix and of a setSpec (§3.4, §4.6, and the response schema's patterns). */
    private static final Pattern METADATA_PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
    private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

    OaiRequest {
        arguments = Collections.unmodifiableMap(new EnumMap<>(arguments));
    }

    Optional<String> argument(Argument argument) {
        return Optional.ofNullable(arguments.get(argument));
    }

    /** The arguments as the response's request element repeats them: verb first, then in the protocol's order. */
    Map<String, String> echoed() {
        Map<String, String> echoed = new LinkedHashMap<>();
        echoed.put(VERB, verb.protocolName());
        arguments.forEach((argument, value) -> echoed.put(argument.protocolName(), value));
        return echoed;
    }

    static OaiRequest parse(Map<String, List<String>> parameters) {
        List<String> verbs = parameters.getOrDefault(VERB, List.of());
        if (verbs.isEmpty()) {
            throw OaiErrors.of(OaiErrorCode.BAD_VERB, "The request has no verb; send verb= one of " + Verb.names()
                    + ".");
        }
        if (verbs.size() > 1) {
            throw OaiErrors.of(OaiErrorCode.BAD_VERB, "The verb is given " + verbs.size() + " times; give it once.");
        }
        Verb verb = Verb.named(verbs.get(0)).orElseThrow(() -> OaiErrors.of(OaiErrorCode.BAD_VERB,
                "'" + XmlText.legal(verbs.get(0)) + "' is not an OAI-PMH verb; the verbs are " + Verb.names() + "."));

        List<OaiError> errors = new ArrayList<>();
        Map<Argument, String> arguments = new EnumMap<>(Argument.class);
        parameters.forEach((name, values) -> {
            if (name.equals(VERB)) {
                return;
            }
            Optional<Argument> argument = Argument.named(name).filter(verb::takes);
            if (argument.isEmpty()) {
                errors.add(badArgument("'" + XmlText.legal(name) + "' is not an argument of " + verb.protocolName()
                        + ", which takes " + verb.arguments() + "."));
            } else if (values.size() > 1) {
                errors.add(badArgument("'" + name + "' is given " + values.size() + " times; give it once."));
            } else {
                arguments.put(argument.get(), values.get(0));
            }
        });
        if (arguments.containsKey(Argument.RESUMPTION_TOKEN) && arguments.size() > 1) {
            errors.add(badArgument("A resumptionToken is the request's only argument besides the verb: the token "
                    + "already holds the rest."));
        } else if (!arguments.containsKey(Argument.RESUMPTION_TOKEN)) {
            verb.required().stream().filter(required -> !arguments.containsKey(required)).forEach(missing ->
                    errors.add(badArgument(verb.protocolName() + " needs the argument '" + missing.protocolName()
                            + "'.")));
        }
        arguments.forEach((argument, value) -> syntaxError(argument, value).ifPresent(errors::add));

        Optional<UtcDatetime> from = Optional.ofNullable(arguments.get(Argument.FROM)).flatMap(UtcDatetime::parse);
        Optional<UtcDatetime> until = Optional.ofNullable(arguments.get(Argument.UNTIL)).flatMap(UtcDatetime::parse);
        if (from.isPresent() && until.isPresent()) {
            if (from.get().granularity() != until.get().granularity()) {
                errors.add(badArgument("'from' and 'until' must have the same granularity: both days (YYYY-MM-DD) "
                        + "or both seconds (YYYY-MM-DDThh:mm:ssZ)."));
            } else if (from.get().start().isAfter(until.get().start())) {
                errors.add(badArgument("'from' is later than 'until'; nothing can be both."));
            }
        }
        if (!errors.isEmpty()) {
            throw new OaiErrors(errors);
        }
        return new OaiRequest(verb, arguments, from, until);
    }

    private static Optional<OaiError> syntaxError(Argument argument, String value) {
        if (!XmlText.isLegal(value)) {
            return Optional.of(badArgument("The value of '" + argument.protocolName() + "' has characters XML "
                    + "cannot carry."));
        }
        boolean legal = switch (argument) {
            case METADATA_PREFIX -> METADATA_PREFIX.matcher(value).matches();
            case SET -> SET_SPEC.matcher(value).matches();
            case FROM, UNTIL -> UtcDatetime.parse(value).isPresent();
            case IDENTIFIER -> isUri(value);
            case RESUMPTION_TOKEN -> true;
        };
        if (legal) {
            return Optional.empty();
        }
        return Optional.of(badArgument(switch (argument) {
            case METADATA_PREFIX -> "'" + value + "' is not a metadataPrefix; ListMetadataFormats lists them "
                    + "(oai_dc, mods).";
            case SET -> "'" + value + "' is not a setSpec; ListSets lists the sets.";
            case FROM, UNTIL -> "'" + argument.protocolName() + "' must be a UTC day (YYYY-MM-DD) or second "
                    + "(YYYY-MM-DDThh:mm:ssZ) that exists, not '" + value + "'.";
            default -> "'" + value + "' is not a URI, as identifiers are (oai:<host>:<document id>).";
        }));
    }

    private static boolean isUri(String value) {
        try {
            new URI(value);
            return !value.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static OaiError badArgument(String message) {
        return new OaiError(OaiErrorCode.BAD_ARGUMENT, message);
    }
}
