package archive.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every operation the resources serve under /api is described in openapi.yaml, and nothing else is. */
class OpenApiCoverageTest {

    private static final Map<Class<?>, String> VERBS = Map.of(GET.class, "get", POST.class, "post", PUT.class, "put",
            PATCH.class, "patch", DELETE.class, "delete");

    @Test
    void describesExactlyTheOperationsTheResourcesServe() throws Exception {
        JsonNode paths = new YAMLMapper().readTree(OpenApiResource.load()).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(verb -> documented.add(verb + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation.asSubclass(java.lang.annotation.Annotation.class))) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = normalize(base + (sub == null ? "" : "/" + sub.value()));
                        if (path.startsWith("/api/")) {
                            served.add(verb + " " + path);
                        }
                    }
                });
            }
        }
        assertTrue(served.size() > 5, "resources were found: " + served);
        assertEquals(served, documented);
    }

    private static String normalize(String path) {
        return path.replaceAll("/+", "/").replaceAll("/$", "").replaceAll("\\{(\\w+):[^}]*}", "{$1}");
    }

    /** Resource classes of this module, found on the compiled class path. */
    private static Set<Class<?>> resourceClasses() throws URISyntaxException, IOException {
        java.nio.file.Path classes = Paths.get(OpenApiResource.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Set<Class<?>> resources = new java.util.HashSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .forEach(name -> {
                        try {
                            Class<?> type = Class.forName(name, false, OpenApiCoverageTest.class.getClassLoader());
                            if (type.isAnnotationPresent(Path.class)) {
                                resources.add(type);
                            }
                        } catch (ClassNotFoundException e) {
                            throw new UncheckedIOException(new IOException(e));
                        }
                    });
        }
        return resources;
    }
}
