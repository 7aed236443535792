package archive.api.oai;

import java.util.List;

/** Ends a request with these errors; the provider answers them as the protocol's error response. */
final class OaiErrors extends RuntimeException {

    private final List<OaiError> errors;

    OaiErrors(List<OaiError> errors) {
        super(errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    static OaiErrors of(OaiErrorCode code, String message) {
        return new OaiErrors(List.of(new OaiError(code, message)));
    }

    List<OaiError> errors() {
        return errors;
    }
}
