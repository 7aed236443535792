package archive.core.metadata;

import java.util.Objects;

/**
 * One metadata value together with how much to trust it and why it is there.
 *
 * @param value      the value itself, never null (absent fields are an empty {@code Optional} instead)
 * @param origin     extracted by a rule or corrected by a librarian
 * @param confidence how likely the value is right, in [0, 1]
 * @param rule       short name of the rule (or correction note) that produced the value
 */
public record MetadataField<T>(T value, FieldOrigin origin, double confidence, String rule) {

    public MetadataField {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule must say where the value came from");
        }
    }

    public static <T> MetadataField<T> extracted(T value, double confidence, String rule) {
        return new MetadataField<>(value, FieldOrigin.EXTRACTED, confidence, rule);
    }

    /** A librarian's value is authoritative, hence full confidence. */
    public static <T> MetadataField<T> corrected(T value, String note) {
        return new MetadataField<>(value, FieldOrigin.CORRECTED, 1.0, note);
    }

    MetadataField<T> withConfidence(double newConfidence) {
        return new MetadataField<>(value, origin, newConfidence, rule);
    }
}
