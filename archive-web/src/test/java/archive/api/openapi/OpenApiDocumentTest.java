package archive.api.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi is generated, and describes every operation the resources serve under /api/v1, unAPI and OAI-PMH — with a summary, a tag,
 * described parameters and the problem+json refusals it can meet — and nothing they do not serve. The operations are
 * found from the JAX-RS annotations in archive-api's Jandex index, so a route added without documentation fails.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");
    private static final Set<String> UNSAFE_VERBS = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** The API, and what protocols expect outside it: Memento look-ups by original address, unAPI, OAI-PMH. */
    private static final List<String> DESCRIBED_ROOTS = List.of("/api/v1/", "/timegate/", "/timemap/", "/unapi",
            "/oai");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Test
    void isServedAsYamlAndAsJsonWithWhatTheWholeApiShares() {
        given().get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("openapi: 3.1"), containsString("/api/v1/documents/{documentId}/text:"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("info.title", equalTo("archive"))
                .body("info.version", equalTo("1"))
                .body("info.description", containsString("ARCHIVE_PUBLIC_READ=false"))
                .body("components.securitySchemes.basic.scheme", equalTo("basic"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.Problem.properties.keySet()",
                        hasItems("type", "title", "status", "detail", "instance"));
    }

    @Test
    void documentsEveryOperationTheResourcesServeAndNothingElse() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        Map<String, List<Method>> served = servedOperations();
        assertTrue(served.size() > 20, "resource methods were found: " + served.keySet());

        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(verb -> documented.add(verb + " " + path.getKey())));
        assertEquals(served.keySet(), documented);

        List<String> gaps = new ArrayList<>();
        served.forEach((operation, methods) -> gaps.addAll(gaps(document, operation, methods)));
        assertEquals(List.of(), gaps);
    }

    /** What the operation's documentation lacks, judged from what its resource methods are. */
    private static List<String> gaps(JsonNode document, String operation, List<Method> methods) {
        String verb = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        JsonNode described = document.at("/paths/" + escape(path) + "/" + verb);
        List<String> gaps = new ArrayList<>();

        if (described.path("summary").asText().isBlank()) {
            gaps.add(operation + ": no summary");
        }
        Set<String> tags = new TreeSet<>();
        document.path("tags").forEach(tag -> {
            if (!tag.path("description").asText().isBlank()) {
                tags.add(tag.path("name").asText());
            }
        });
        if (described.path("tags").isEmpty()) {
            gaps.add(operation + ": no tag");
        }
        described.path("tags").forEach(tag -> {
            if (!tags.contains(tag.asText())) {
                gaps.add(operation + ": tag '" + tag.asText() + "' is not declared with a description");
            }
        });

        Set<String> pathParameters = new TreeSet<>();
        described.path("parameters").forEach(reference -> {
            JsonNode parameter = resolve(document, reference);
            if (parameter.path("description").asText().isBlank()) {
                gaps.add(operation + ": parameter '" + parameter.path("name").asText() + "' is not described");
            }
            if (parameter.path("in").asText().equals("path")) {
                pathParameters.add(parameter.path("name").asText());
            }
        });
        Matcher variables = PATH_VARIABLE.matcher(path);
        while (variables.find()) {
            if (!pathParameters.contains(variables.group(1))) {
                gaps.add(operation + ": path parameter '" + variables.group(1) + "' is not documented");
            }
        }

        JsonNode responses = described.path("responses");
        List<String> statuses = new ArrayList<>();
        responses.fieldNames().forEachRemaining(statuses::add);
        // a TimeGate succeeds by redirecting
        if (statuses.stream().noneMatch(status -> status.startsWith("2") || status.startsWith("3"))) {
            gaps.add(operation + ": no success response");
        }
        for (String status : statuses) {
            JsonNode schema = resolve(document, responses.get(status)).at("/content/application~1problem+json/schema");
            if (status.startsWith("4") && !schema.path("$ref").asText().equals(PROBLEM_SCHEMA)) {
                gaps.add(operation + ": " + status + " is not application/problem+json with the Problem schema");
            }
        }

        Set<String> refusals = new TreeSet<>(List.of("401", "429"));
        if (path.contains("{")) {
            refusals.add("404");
        }
        if (UNSAFE_VERBS.contains(verb)) {
            refusals.add("403");
        }
        List<String> consumed = methods.stream().flatMap(OpenApiDocumentTest::consumes).toList();
        if (!consumed.isEmpty()) {
            refusals.addAll(List.of("400", "413", "415"));
            consumed.stream().filter(type -> described.at("/requestBody/content").path(type).isMissingNode())
                    .forEach(type -> gaps.add(operation + ": the request body is not described for " + type));
        }
        Set<String> roles = new TreeSet<>();
        boolean signedIn = methods.stream().anyMatch(method -> needsSignIn(method, roles));
        if (signedIn) {
            refusals.add("403");
            for (String scheme : List.of("basic", "bearer")) {
                boolean offered = StreamSupport.stream(described.path("security").spliterator(), false)
                        .anyMatch(requirement -> requirement.has(scheme) && roles.equals(
                                new TreeSet<>(StreamSupport.stream(requirement.get(scheme).spliterator(), false)
                                        .map(JsonNode::asText).toList())));
                if (!offered) {
                    gaps.add(operation + ": no security requirement '" + scheme + "' with roles " + roles);
                }
            }
        }
        refusals.stream().filter(status -> !responses.has(status))
                .forEach(status -> gaps.add(operation + ": no " + status + " response"));
        return gaps;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String reference = node.path("$ref").asText();
        return reference.startsWith("#/") ? document.at(reference.substring(1)) : node;
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static Stream<String> consumes(Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : method.getDeclaringClass().getAnnotation(Consumes.class);
        return consumes == null ? Stream.empty() : Arrays.stream(consumes.value());
    }

    /** Whether the method needs a signed-in account; adds the roles it needs, if any, to {@code roles}. */
    private static boolean needsSignIn(Method method, Set<String> roles) {
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            roles.addAll(List.of(allowed.value()));
            return true;
        }
        return method.isAnnotationPresent(Authenticated.class)
                || method.getDeclaringClass().isAnnotationPresent(Authenticated.class);
    }

    /** "verb /path" of every resource method under the described roots, from the Jandex indexes of the archive's modules. */
    private static Map<String, List<Method>> servedOperations() throws IOException {
        Map<String, List<Method>> operations = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = normalize(base + (sub == null ? "" : "/" + sub.value()));
                        if (DESCRIBED_ROOTS.stream().anyMatch(path::startsWith)) {
                            operations.computeIfAbsent(verb + " " + path, key -> new ArrayList<>()).add(method);
                        }
                    }
                });
            }
        }
        return operations;
    }

    private static String normalize(String path) {
        return path.replaceAll("/+", "/").replaceAll("/$", "").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static Set<Class<?>> resourceClasses() throws IOException {
        ClassLoader loader = OpenApiDocumentTest.class.getClassLoader();
        Set<Class<?>> resources = new java.util.HashSet<>();
        for (URL url : Collections.list(loader.getResources("META-INF/jandex.idx"))) {
            Index index;
            try (InputStream in = url.openStream()) {
                index = new IndexReader(in).read();
            }
            index.getAnnotations(DotName.createSimple(Path.class.getName())).stream()
                    .filter(path -> path.target().kind() == AnnotationTarget.Kind.CLASS)
                    .map(path -> path.target().asClass().name().toString())
                    .filter(name -> name.startsWith("archive.api."))
                    .forEach(name -> {
                        try {
                            resources.add(Class.forName(name, false, loader));
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
        return resources;
    }
}
