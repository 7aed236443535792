package archive.core.vocabulary;

import jakarta.persistence.AttributeConverter;

/**
 * Keeps a term in a catalog column as its code, so the stored values stay what they always were. Hand-written
 * because JPA's own mapping to a code ({@code @EnumeratedValue}) reads a code it does not know as null, silently;
 * this refuses it with {@link UnknownCodeException}. One subclass per vocabulary, registered with
 * {@code @Converter(autoApply = true)}, beside the entity that stores it.
 */
public abstract class CodeColumn<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> vocabulary;

    protected CodeColumn(Class<E> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String convertToDatabaseColumn(E term) {
        return term == null ? null : term.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Codes.of(vocabulary, code);
    }
}
