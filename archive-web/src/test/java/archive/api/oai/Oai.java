package archive.api.oai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OAI-PMH requests as a harvester sends them, to the archive under test at localhost: every response must be status
 * 200, text/xml, and valid against the protocol's and the metadata formats' schemas ({@link OaiResponse}).
 */
final class Oai {

    private Oai() {
    }

    /** A GET; arguments are name, value, name, value, …, a name given twice is sent twice. */
    static OaiResponse get(String... arguments) {
        return get(given(), arguments);
    }

    static OaiResponse get(RequestSpecification request, String... arguments) {
        arguments(arguments).forEach(request::queryParam);
        return read(request.get("/oai").then());
    }

    /** A POST of the arguments as application/x-www-form-urlencoded. */
    static OaiResponse post(String... arguments) {
        RequestSpecification request = given().contentType("application/x-www-form-urlencoded; charset=utf-8");
        arguments(arguments).forEach(request::formParam);
        return read(request.post("/oai").then());
    }

    static String identifier(String documentId) {
        return "oai:localhost:" + documentId;
    }

    static String baseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port + "/oai";
    }

    static String permalink(String documentId, int version) {
        return RestAssured.baseURI + ":" + RestAssured.port + "/documents/" + documentId + "/versions/" + version;
    }

    /**
     * Every page of a ListIdentifiers or ListRecords list, following its resumption tokens: each page's cursor is
     * the number of items before it and its completeListSize what was sent plus what is still to come, and the last
     * page of a list of several ends with an empty token.
     */
    static List<OaiResponse> pages(String verb, String... arguments) {
        String item = verb.equals("ListRecords") ? "oai:record" : "oai:header";
        List<OaiResponse> pages = new ArrayList<>();
        OaiResponse page = get(withVerb(verb, arguments));
        long sent = 0;
        while (true) {
            pages.add(page);
            assertTrue(page.errors().isEmpty(), page::xml);
            int items = page.texts("/oai:OAI-PMH/oai:" + verb + "/" + item).size();
            String token = page.text("/oai:OAI-PMH/oai:" + verb + "/oai:resumptionToken");
            boolean tokenElement = !page.texts("/oai:OAI-PMH/oai:" + verb + "/oai:resumptionToken").isEmpty();
            if (tokenElement) {
                assertEquals(Long.toString(sent), page.text("//oai:resumptionToken/@cursor"), page::xml);
                long complete = Long.parseLong(page.text("//oai:resumptionToken/@completeListSize"));
                assertTrue(complete >= sent + items, page::xml);
                if (token.isEmpty()) {
                    assertEquals(sent + items, complete, page::xml);
                }
            } else {
                assertEquals(0, sent, "only a list of one page has no token: " + page.xml());
            }
            sent += items;
            if (token.isEmpty()) {
                return pages;
            }
            page = get("verb", verb, "resumptionToken", token);
        }
    }

    /** The identifiers of every page's headers, in order. */
    static List<String> identifiers(List<OaiResponse> pages) {
        List<String> identifiers = new ArrayList<>();
        pages.forEach(page -> identifiers.addAll(page.texts("//oai:header/oai:identifier")));
        return identifiers;
    }

    private static String[] withVerb(String verb, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "verb";
        all[1] = verb;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return all;
    }

    private static Map<String, List<String>> arguments(String... pairs) {
        Map<String, List<String>> arguments = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.computeIfAbsent(pairs[i], name -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return arguments;
    }

    private static OaiResponse read(io.restassured.response.ValidatableResponse response) {
        return new OaiResponse(response.statusCode(200).contentType(startsWith("text/xml")).extract().asString());
    }
}
