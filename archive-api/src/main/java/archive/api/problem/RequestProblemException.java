package archive.api.problem;

/** A malformed request the HTTP layer itself detects (bad header, bad parameter). */
public class RequestProblemException extends RuntimeException {

    private final int status;
    private final String type;

    public RequestProblemException(int status, String type, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
    }

    public static RequestProblemException badRequest(String type, String detail) {
        return new RequestProblemException(400, type, detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
