/**
 * The OpenAPI document (/q/openapi, Swagger UI at /q/swagger-ui) is generated from the resources' annotations. This
 * package says once what the document says about the API as a whole: its description, the features operations are
 * grouped by, how to sign in, and the parameters, headers and responses several operations share (the resources
 * refer to them by the names in {@link archive.api.openapi.OpenApiNames}). {@link archive.api.openapi.SharedProblems}
 * adds the refusals that every operation of a kind can meet.
 */
@OpenAPIDefinition(
        info = @Info(title = "archive", version = "1", description = """
                A versioned, checksummed archive of text documents. Reads are public (unless the archive runs with \
                ARCHIVE_PUBLIC_READ=false: then any signed-in account); writes need the `librarian` role, account \
                administration the `admin` role. Sign in with HTTP Basic or a personal API token \
                (`Authorization: Bearer`). Repeated failed sign-ins get 429 with `Retry-After`. Every error is \
                RFC 9457 application/problem+json with a `detail` that says what to do. Lists are paginated \
                (`page`, `size`) and link their neighbours in `Link` (RFC 8288)."""),
        servers = @Server(url = "/"),
        tags = {
            @Tag(name = OpenApiNames.DOCUMENTS, description = "Archived documents, their versions and byte-exact "
                    + "texts."),
            @Tag(name = OpenApiNames.CONTENT, description = "Any archived bytes by their SHA-256."),
            @Tag(name = OpenApiNames.METADATA, description = "Extracted metadata, librarians' corrections and their "
                    + "history."),
            @Tag(name = OpenApiNames.PROVENANCE, description = "Where a text comes from: candidate sources with "
                    + "aligned evidence, librarians' decisions, derivatives."),
            @Tag(name = OpenApiNames.CITATIONS, description = "Bibliography entries in any CSL style, files for "
                    + "reference managers."),
            @Tag(name = OpenApiNames.SEARCH, description = "Full-text search over every document's current text."),
            @Tag(name = OpenApiNames.IMPORTS, description = "Bulk import of a server-side folder."),
            @Tag(name = OpenApiNames.AUDITS, description = "The fixity audit: every stored version re-read and "
                    + "verified."),
            @Tag(name = OpenApiNames.ACCOUNTS, description = "Account administration (admin)."),
            @Tag(name = OpenApiNames.TOKENS, description = "Personal API tokens for `Authorization: Bearer`."),
            @Tag(name = OpenApiNames.MEMENTO, description = "Memento (RFC 7089): a document's current text is the "
                    + "original resource, its versions are mementos; TimeGates and TimeMaps per document and by the "
                    + "original address (`/timegate/{url}`, `/timemap/link/{url}`)."),
            @Tag(name = OpenApiNames.SIGNPOSTING, description = "FAIR Signposting: a document's typed links as an "
                    + "RFC 9264 linkset."),
            @Tag(name = OpenApiNames.BAGS, description = "BagIt (RFC 8493) packages, zipped: a document with every "
                    + "version, its metadata, events and citations; a rewrite and its source with the evidence."),
            @Tag(name = OpenApiNames.CHANGES, description = "The change feed: documents and versions archived and "
                    + "provenance decided, paged by a cursor, as JSON or Atom (RFC 4287, RFC 5005)."),
            @Tag(name = OpenApiNames.OAI_PMH, description = "OAI-PMH 2.0 for harvesters: every document's record in "
                    + "Dublin Core and MODS, selective harvesting by datestamp and set, resumption tokens.")
        },
        components = @Components(
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = SharedProblems.BASIC, type = SecuritySchemeType.HTTP,
                            scheme = "basic", description = "An account's name and password."),
                    @SecurityScheme(securitySchemeName = SharedProblems.BEARER, type = SecuritySchemeType.HTTP,
                            scheme = "bearer", description = "A personal API token (archive_…) from "
                                    + "POST /api/v1/tokens; it acts with its owner's current roles.")
                },
                parameters = {
                    @Parameter(name = OpenApiNames.DOCUMENT_ID, in = ParameterIn.PATH, required = true,
                            description = "The document's id: 16 lowercase hex characters (a seed keeps the one in "
                                    + "its file name; a new document gets the first 16 hex of the SHA-256 of its "
                                    + "first version).",
                            example = "095111aef963144d",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-f]{16}$")),
                    @Parameter(name = OpenApiNames.VERSION, in = ParameterIn.PATH, required = true,
                            description = "A version number: 1 for the first version, 2, 3 … for later ones.",
                            example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
                    @Parameter(name = OpenApiNames.PAGE, in = ParameterIn.QUERY, description = "The page to "
                            + "return, from 1; a page past the end is empty.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")),
                    @Parameter(name = OpenApiNames.SIZE, in = ParameterIn.QUERY, description = "Items per page; "
                            + "larger sizes are cut to 100.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "20")),
                    @Parameter(name = OpenApiNames.USERNAME, in = ParameterIn.PATH, required = true,
                            description = "The account's name.", example = "librarian1",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = OpenApiNames.RANGE, in = ParameterIn.HEADER, description = "One byte range "
                            + "(`bytes=a-b`, `bytes=a-`, `bytes=-n`) answers 206 with those bytes; several "
                            + "ranges, or another unit, answer the whole text.", example = "bytes=0-99",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = OpenApiNames.IF_RANGE, in = ParameterIn.HEADER, description = "The ETag "
                            + "your partial copy has: the Range applies only while it is still current.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = OpenApiNames.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "ETags "
                            + "you already hold (or `*`): 304 when one of them is the text's.",
                            example = "\"ae3ccef04436acd60adcf9e2bdeda3e44e398705350881774eb4a0ebb20700a7\"",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = OpenApiNames.ACCEPT_DATETIME, in = ParameterIn.HEADER, description = "The "
                            + "moment whose version you want, an RFC 1123 date in GMT (RFC 7089); absent for the "
                            + "latest version.", example = "Tue, 23 Jul 2024 12:00:00 GMT",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = OpenApiNames.ORIGINAL_URL, in = ParameterIn.PATH, required = true,
                            description = "The original address, written as is after the prefix (`://`, slashes "
                                    + "and query included) or percent-encoded whole; it names the documents whose "
                                    + "sourceUrl it is, compared exactly after trimming spaces.",
                            example = "https://www.defense.gov/News/News-Stories/",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = OpenApiNames.IF_MODIFIED_SINCE, in = ParameterIn.HEADER, description = "An "
                            + "HTTP date: 304 when the text was archived no later (ignored with If-None-Match).",
                            schema = @Schema(type = SchemaType.STRING))
                },
                headers = {
                    @Header(name = OpenApiNames.LINK, description = "RFC 8288 links to the `first`, `last`, `next` "
                            + "and `prev` pages.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = OpenApiNames.TOTAL_COUNT, description = "How many items all pages hold.",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = OpenApiNames.ETAG, description = "The strong entity tag: the SHA-256 of the "
                            + "bytes, quoted.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = OpenApiNames.REPR_DIGEST, description = "`sha-256=:<base64>:` (RFC 9530) of the "
                            + "whole text.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = OpenApiNames.LAST_MODIFIED, description = "When this version was archived.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = OpenApiNames.MEMENTO_DATETIME, description = "When this version was "
                            + "archived (RFC 7089): it is a memento of the document's current text.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = OpenApiNames.CACHE_CONTROL, description = "`immutable` for a version or a "
                            + "digest, whose bytes never change; `no-cache` for the current text.",
                            schema = @Schema(type = SchemaType.STRING))
                },
                responses = {
                    @APIResponse(name = OpenApiNames.DOCUMENT_NOT_FOUND, description = "No document has this id."),
                    @APIResponse(name = OpenApiNames.VERSION_NOT_FOUND, description = "No document has this id, or "
                            + "it has no such version."),
                    @APIResponse(name = OpenApiNames.INVALID_PAGE, description = "`page` or `size` is not a whole "
                            + "number from 1."),
                    @APIResponse(name = OpenApiNames.ACCOUNT_NOT_FOUND, description = "No account has this name."),
                    @APIResponse(name = OpenApiNames.TIMEGATE_REDIRECT, description = "Found: `Location` is the "
                            + "text of the version in force at `Accept-Datetime`.", headers = {
                                @Header(name = "Location", description = "The memento's text.",
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Header(name = "Vary", description = "`accept-datetime`.",
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Header(name = OpenApiNames.LINK, description = "The `original` resource and its "
                                        + "`timemap`.", schema = @Schema(type = SchemaType.STRING))
                            }),
                    @APIResponse(name = OpenApiNames.MALFORMED_ACCEPT_DATETIME, description = "`Accept-Datetime` "
                            + "is not an RFC 1123 date in GMT."),
                    @APIResponse(name = OpenApiNames.TIMEMAP, description = "The original, the TimeMap itself "
                            + "(`self`, with `from` and `until`), the TimeGate and every memento with its "
                            + "`datetime`, oldest first.", content = {
                                @Content(mediaType = "application/link-format",
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(mediaType = "application/json",
                                        schema = @Schema(implementation = TimeMapJson.class))
                            }),
                    @APIResponse(name = OpenApiNames.TIMEMAP_NOT_ACCEPTABLE, description = "`Accept` allows "
                            + "neither application/link-format nor application/json.")
                },
                schemas = {
                    @Schema(name = OpenApiNames.METADATA_VALUE, description = "A string, or an array of names for "
                            + "`authors`; null for no value.", oneOf = {String.class, String[].class}),
                    @Schema(name = OpenApiNames.METADATA_PATCH, type = SchemaType.OBJECT, description = "The fields "
                            + "to correct, each set to its new value or to null to remove it (RFC 7396).",
                            additionalProperties = Schema.False.class, properties = {
                                @SchemaProperty(name = "title", type = SchemaType.STRING, nullable = true),
                                @SchemaProperty(name = "publisher", type = SchemaType.STRING, nullable = true),
                                @SchemaProperty(name = "authors", type = SchemaType.ARRAY,
                                        implementation = String.class, nullable = true),
                                @SchemaProperty(name = "publicationDate", type = SchemaType.STRING, nullable = true,
                                        description = "YYYY-MM-DD, YYYY-MM or YYYY; a date that exists."),
                                @SchemaProperty(name = "sourceUrl", type = SchemaType.STRING, format = "uri",
                                        nullable = true, description = "An absolute http(s) URL."),
                                @SchemaProperty(name = "imageUrl", type = SchemaType.STRING, format = "uri",
                                        nullable = true, description = "An absolute http(s) URL."),
                                @SchemaProperty(name = "dateline", type = SchemaType.STRING, nullable = true),
                                @SchemaProperty(name = "sourceCredit", type = SchemaType.STRING, nullable = true),
                                @SchemaProperty(name = "kind", type = SchemaType.STRING, nullable = true,
                                        enumeration = {"original", "rewrite"})
                            })
                }))
package archive.api.openapi;

import archive.api.memento.TimeMapJson;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
