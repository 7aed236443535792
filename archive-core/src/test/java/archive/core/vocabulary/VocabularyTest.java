package archive.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.catalog.EventType;
import archive.core.provenance.LinkStatus;
import archive.core.provenance.scoring.Relation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every vocabulary of the core (each enum implementing {@link Coded}, found among the compiled classes so a new one
 * cannot be missed) maps its terms to codes and back totally and uniquely, in lookups, in catalog columns and in
 * JSON, and refuses a code it does not know, naming it.
 */
class VocabularyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsTheVocabularies() {
        List<Class<?>> vocabularies = vocabularies();
        assertTrue(vocabularies.containsAll(List.of(LinkStatus.class, Relation.class, EventType.class)),
                vocabularies.toString());
    }

    @Test
    void everyTermHasOneCodeAndEveryCodeOneTerm() {
        for (Class<?> vocabulary : vocabularies()) {
            Coded[] terms = (Coded[]) vocabulary.getEnumConstants();
            Set<String> codes = new HashSet<>();
            for (Coded term : terms) {
                assertFalse(term.code() == null || term.code().isBlank(), vocabulary + "." + term);
                assertTrue(codes.add(term.code()), vocabulary + " spells two terms '" + term.code() + "'");
                assertEquals(term, lookUp(vocabulary, term.code()));
            }
        }
    }

    @Test
    void jsonCarriesTheCodes() throws JsonProcessingException {
        for (Class<?> vocabulary : vocabularies()) {
            for (Coded term : (Coded[]) vocabulary.getEnumConstants()) {
                String json = JSON.writeValueAsString(term);
                assertEquals("\"" + term.code() + "\"", json);
                assertEquals(term, JSON.readValue(json, vocabulary));
            }
        }
        assertEquals("[\"same-event\",\"confirmed\"]",
                JSON.writeValueAsString(List.of(Relation.SAME_EVENT, LinkStatus.CONFIRMED)));
    }

    @Test
    void anUnknownCodeIsRefusedWithTheCodeAndTheKnownOnes() {
        UnknownCodeException refused = assertThrows(UnknownCodeException.class,
                () -> Codes.of(LinkStatus.class, "CONFIRMED"));

        assertEquals("'CONFIRMED' is not a code of LinkStatus; the known codes are: proposed, auto, confirmed, rejected",
                refused.getMessage());
        assertTrue(Codes.find(LinkStatus.class, "CONFIRMED").isEmpty());
        assertTrue(Codes.find(LinkStatus.class, null).isEmpty());
    }

    /** Every catalog column converter, found like the vocabularies, stores codes and refuses unknown ones. */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void catalogColumnsHoldTheCodes() throws ReflectiveOperationException {
        List<Class<?>> columns = coreClasses().filter(CodeColumn.class::isAssignableFrom)
                .filter(type -> type != CodeColumn.class).toList();
        assertFalse(columns.isEmpty());
        for (Class<?> type : columns) {
            CodeColumn column = (CodeColumn) type.getConstructor().newInstance();
            Class<?> vocabulary = (Class<?>) ((ParameterizedType) type.getGenericSuperclass())
                    .getActualTypeArguments()[0];
            for (Coded term : (Coded[]) vocabulary.getEnumConstants()) {
                String stored = column.convertToDatabaseColumn((Enum) term);
                assertEquals(term.code(), stored);
                assertEquals(term, column.convertToEntityAttribute(stored));
            }
            assertNull(column.convertToDatabaseColumn(null));
            assertNull(column.convertToEntityAttribute(null));
            UnknownCodeException refused = assertThrows(UnknownCodeException.class,
                    () -> column.convertToEntityAttribute("no-such-code"));
            assertTrue(refused.getMessage().contains("'no-such-code'"), refused.getMessage());
        }
    }

    private static List<Class<?>> vocabularies() {
        return coreClasses().filter(Class::isEnum).filter(Coded.class::isAssignableFrom).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object lookUp(Class<?> vocabulary, String code) {
        return Codes.of((Class) vocabulary, code);
    }

    /** The compiled main classes of archive-core, loaded without running their initializers. */
    private static Stream<Class<?>> coreClasses() {
        try {
            Path classes = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(classes)) {
                files = walk.filter(file -> file.toString().endsWith(".class")).toList();
            }
            return files.stream().map(file -> classes.relativize(file).toString())
                    .filter(name -> !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(VocabularyTest::load);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, VocabularyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
