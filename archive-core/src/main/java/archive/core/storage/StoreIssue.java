package archive.core.storage;

/** One finding of OCFL validation: the spec's code (E060, …) or {@code null}, and its message. */
public record StoreIssue(String code, String message) {
}
