package archive.core.catalog;

import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How Hibernate writes and reads the catalog's jsonb columns ({@code @JdbcTypeCode(SqlTypes.JSON)}): Hibernate's own
 * Jackson mapper, not the application's ObjectMapper, whose settings are about reading clients' requests
 * ({@code archive.api.json.StrictJson}) and must never change what is stored or how it reads back.
 */
@ApplicationScoped
public class JsonColumns {

    /** Unremovable: Hibernate looks it up by its qualifiers, nothing injects it. */
    @Produces
    @Unremovable
    @JsonFormat
    @PersistenceUnitExtension
    FormatMapper jsonColumns() {
        return new JacksonJsonFormatMapper();
    }
}
