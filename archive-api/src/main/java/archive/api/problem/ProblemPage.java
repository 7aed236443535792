package archive.api.problem;

import jakarta.ws.rs.core.Response;

/**
 * Shows a problem to a person reading the web pages, as an HTML page; the web module provides it. Paths under /api
 * and /q are for programs and always answer application/problem+json.
 */
public interface ProblemPage {

    Response render(Problem problem);
}
