package archive.core.vocabulary;

/** A code that names no term of its vocabulary: a catalog row or a file written by something else, never ignored. */
public class UnknownCodeException extends IllegalArgumentException {

    public UnknownCodeException(String vocabulary, String code, String known) {
        super("'" + code + "' is not a code of " + vocabulary + "; the known codes are: " + known);
    }
}
