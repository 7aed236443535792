package archive.api.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI description of this API. It is maintained by hand beside the resources (the Quarkus OpenAPI extension
 * is not published for the pinned Quarkus release here); a test keeps it in step with every resource path.
 */
@Path("/q/openapi")
public class OpenApiResource {

    static final String LOCATION = "/archive/api/openapi/openapi.yaml";

    private final byte[] yaml = load();
    private final byte[] json = toJson(yaml);

    @GET
    @Produces({"application/yaml", "application/json"})
    public Response get(@QueryParam("format") String format) {
        boolean asJson = "json".equalsIgnoreCase(format);
        return Response.ok(asJson ? json : yaml, asJson ? "application/json" : "application/yaml;charset=utf-8")
                .build();
    }

    static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(LOCATION)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] toJson(byte[] yaml) {
        try {
            return new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is not valid YAML", e);
        }
    }
}
