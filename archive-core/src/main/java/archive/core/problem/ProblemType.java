package archive.core.problem;

import archive.core.vocabulary.Coded;

/**
 * Every kind of problem the archive reports, in one place: the domain's refusals and the ones the HTTP layer
 * detects in a request. A constant's code is the last segment of its problem+json type ({@code /problems/<code>}),
 * which a client may compare, so a code never changes; its status is the HTTP status it is answered with (a number,
 * so the domain stays free of HTTP types), and its title, meaning and remedy are what the page at the type's address
 * tells a person who follows it.
 */
public enum ProblemType implements Coded {

    DOCUMENT_NOT_FOUND("document-not-found", 404, "Document not found",
            "No document with this id is archived. Ids are never reused or withdrawn, so the id was mistyped or "
                    + "comes from another archive.",
            "Check the id; GET /api/v1/documents lists every document, and the search page finds them by their "
                    + "words."),
    INVALID_DOCUMENT_ID("invalid-document-id", 404, "Not a document id",
            "The address names a document by something that cannot be an id: ids are 16 lowercase hexadecimal "
                    + "characters, such as 58eaaafefa4de3bf. Nothing was looked up.",
            "Copy the id from a document's address or from GET /api/v1/documents."),
    VERSION_NOT_FOUND("version-not-found", 404, "Version not found",
            "The document exists but has no version with this number (versions are numbered 1, 2, 3 … in the "
                    + "order they were archived), or the number is not a version number.",
            "GET /api/v1/documents/{id} lists the document's versions."),
    CONTENT_NOT_FOUND("content-not-found", 404, "No text with this SHA-256",
            "No archived version of any document has exactly these bytes.",
            "Compare the SHA-256 with a version's (GET /api/v1/documents/{id} lists them); a text changed by one "
                    + "byte has another SHA-256."),
    INVALID_SHA256("invalid-sha256", 404, "Not a SHA-256",
            "The address names a text by something that cannot be a SHA-256: that is 64 lowercase hexadecimal "
                    + "characters. Nothing was looked up.",
            "Copy the SHA-256 from a version, or from the ETag or Repr-Digest of a text's response."),
    NO_MEMENTO_BEFORE("no-memento-before", 404, "Nothing archived that early",
            "A TimeGate was asked for the version in force at an Accept-Datetime before the first version of the "
                    + "resource was archived, so there is no memento to send you to.",
            "Ask for a later Accept-Datetime, or read the TimeMap (…/timemap), which lists every memento with its "
                    + "datetime."),
    ORIGINAL_NOT_ARCHIVED("original-not-archived", 404, "Address not archived",
            "No archived document has this address as its sourceUrl (the address it was found at, or for a "
                    + "rewrite the page it credits). Addresses are compared exactly, after trimming spaces.",
            "Check the address as GET /api/v1/documents/{id}/metadata shows it (scheme, host, path and trailing "
                    + "slash); search the archive for the article's words."),

    EMPTY_CONTENT("empty-content", 400, "Empty document",
            "The upload has no bytes; the archive keeps only texts.",
            "Send the document's text as the request body (text/plain) or as the multipart field 'file'."),
    CONTENT_TOO_LARGE("content-too-large", 413, "Document too large",
            "The text is larger than the largest document this archive accepts (ARCHIVE_MAX_UPLOAD_BYTES). "
                    + "Nothing was stored.",
            "Send a smaller text, or ask the operators to raise ARCHIVE_MAX_UPLOAD_BYTES."),
    NOT_UTF8("not-utf8", 415, "Not UTF-8 text",
            "The bytes are not valid UTF-8. The archive stores texts byte for byte and never converts them, so "
                    + "it takes UTF-8 only. Nothing was stored.",
            "Convert the file to UTF-8 (iconv -f <its encoding> -t UTF-8) and send it again."),
    BINARY_CONTENT("binary-content", 415, "Not a text",
            "The bytes are a binary file (an image, a PDF, an archive …) or hold control characters no text "
                    + "has. Nothing was stored.",
            "Send the article's text as plain text, not the file it came in."),
    BODY_TOO_LARGE("body-too-large", 413, "Request too large",
            "The request declares a body larger than the server reads in one request; it was refused before "
                    + "any of it was read.",
            "Send a smaller body; one document may be at most ARCHIVE_MAX_UPLOAD_BYTES."),
    MISSING_BODY("missing-body", 400, "Request body missing",
            "This operation needs a JSON body and the request had none.",
            "Send the JSON body the operation describes in /q/openapi."),
    MISSING_FILE("missing-file", 400, "File missing",
            "A multipart upload has no part named 'file'.",
            "Send the document as the multipart field 'file', or as a text/plain body with ?filename=."),
    IMPORT_FOLDER("import-folder", 400, "Folder cannot be imported",
            "A bulk import names no folder, or one that is not a folder on the server, cannot be read, or lies "
                    + "outside ARCHIVE_IMPORTS_ROOT.",
            "Give a folder inside ARCHIVE_IMPORTS_ROOT that the archive's account can read."),
    NOT_A_BAG("not-a-bag", 400, "Not a BagIt bag",
            "The import was sent as a bag, but the body is not a zip, or neither the top of the zip nor its one "
                    + "top-level folder holds a bag (its bagit.txt), or bagit.txt, bag-info.txt or a manifest does "
                    + "not follow RFC 8493. Nothing was stored.",
            "Send a bag zipped under one top-level folder, as BagIt tools (bagit-java, bagit-python) write it, or "
                    + "import a plain folder of texts with {\"folder\": …}."),
    UNSAFE_BAG_PATH("unsafe-bag-path", 400, "Path outside the bag",
            "A zip entry or a manifest line names a path that would lie outside the bag (an absolute path, a '..' "
                    + "segment, a backslash), a server-side bag holds a symbolic link, or a zip holds one name twice. "
                    + "The bag was refused as a whole and nothing was stored.",
            "Make the bag again with a BagIt tool: its paths are relative and stay inside it."),
    BAG_TOO_LARGE("bag-too-large", 413, "Bag too large",
            "The zipped bag, or what it unpacks to, is larger than one import takes (ARCHIVE_IMPORTS_MAX_BAG_BYTES; "
                    + "every zip entry counts at least 512 bytes). Unpacking stopped there and nothing was stored.",
            "Export the collection as several smaller bags, or put the bag in a folder inside "
                    + "ARCHIVE_IMPORTS_ROOT and import it with {\"folder\": …}, which has no such limit."),
    BAG_INCOMPLETE("bag-incomplete", 422, "Bag incomplete",
            "The bag is not complete (RFC 8493 §3): a file its manifests list is missing, a payload file is in "
                    + "no manifest, the bag has no payload manifest or no data folder, or its Payload-Oxum does not "
                    + "count its payload. Nothing was stored.",
            "Compare the bag with its manifests (the detail names the file), or make the bag again."),
    BAG_CHECKSUM_MISMATCH("bag-checksum-mismatch", 422, "Bag checksum mismatch",
            "A file of the bag does not have the checksum its manifest gives: it changed after the bag was made "
                    + "(a damaged transfer, an edit). Nothing was stored.",
            "Fetch the bag again from where it came from; the detail names the file and both checksums."),
    BAG_LAYOUT("bag-layout", 422, "Versions out of order",
            "The bag holds documents in this archive's layout (versions/v<n>/ under a document's folder), but a "
                    + "document's versions are not numbered 1, 2, 3 … without a gap, or a version's folder holds "
                    + "other than one file, so its history cannot be told. Nothing was stored.",
            "Export the documents again from their archive (GET /api/v1/documents/{id}/bag or POST /api/v1/bags)."),
    RESULT_SET_TOO_LARGE("result-set-too-large", 422, "Too many documents for one bag",
            "The query matches more documents than one bag may hold (ARCHIVE_BAGS_MAX_DOCUMENTS), so no bag was "
                    + "made.",
            "Narrow the query (words, publisher, dates, kind) and export the parts one by one, or ask the "
                    + "operators to raise ARCHIVE_BAGS_MAX_DOCUMENTS."),

    CONCURRENT_VERSION("concurrent-version", 409, "Changed at the same moment",
            "Another change to the same document was archived at the same moment, and this one was not "
                    + "applied.",
            "Read the document again and send the change again."),
    STALE_VERSION("stale-version", 412, "Changed since you read it",
            "If-Match named a version that is no longer the current one: someone archived another version "
                    + "since you read it. Nothing was stored, so their change is not lost.",
            "GET the document again, apply your change to its current text, and send it with the new ETag in "
                    + "If-Match."),
    IF_MATCH_REQUIRED("if-match-required", 428, "If-Match required",
            "A new version must say which version it replaces, so that a change made meanwhile by someone "
                    + "else is not silently overwritten (a lost update). The request had no If-Match header.",
            "GET the document's text and send its ETag in If-Match with the new version; or send If-Match: * "
                    + "to archive the new version whatever the current one is."),
    MALFORMED_ENTITY_TAG("malformed-entity-tag", 400, "Malformed entity tag",
            "A conditional header (If-Match, If-None-Match, If-Range) is not a list of entity tags.",
            "Send the ETag exactly as a response gave it, quotes included, e.g. If-Match: \"ae3c…07a7\"; or *."),
    MALFORMED_ACCEPT_DATETIME("malformed-accept-datetime", 400, "Malformed Accept-Datetime",
            "The Accept-Datetime header of a TimeGate request is not an HTTP date in RFC 1123 form, in GMT (RFC "
                    + "7089 §2.1.1).",
            "Send e.g. Accept-Datetime: Tue, 23 Jul 2024 12:00:00 GMT, or leave it out for the latest version."),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", 416, "Range not satisfiable",
            "The Range header is malformed or asks for bytes outside the text; Content-Range says how long the "
                    + "text is.",
            "Ask for bytes inside the text, e.g. Range: bytes=0-99, bytes=100- or bytes=-100."),

    INVALID_PAGE("invalid-page", 400, "Invalid page number",
            "The page parameter of a list is not a whole number of at least 1.",
            "Leave it out for the first page, or follow the Link header's rel=\"next\"."),
    INVALID_SIZE("invalid-size", 400, "Invalid page size",
            "The size parameter of a list is not a whole number of at least 1.",
            "Leave it out for the default size, or give a whole number (larger sizes are capped)."),
    INVALID_CURSOR("invalid-cursor", 400, "Invalid change feed cursor",
            "The 'after' parameter of the change feed is not a cursor the feed handed out: it is malformed, or names "
                    + "no change of this archive (a cursor of another archive, or of one whose catalog was rebuilt "
                    + "since).",
            "Follow the Link rel=\"next\" of the page you read, as it is; or leave 'after' out to start again at the "
                    + "first change."),
    INVALID_VERSION("invalid-version", 400, "Invalid version number",
            "A parameter that names a version is not a version number (1, 2, 3 …).",
            "Give a number from 1 to the document's latest version, or leave it out for the current one."),
    INVALID_FORMAT("invalid-format", 400, "Unknown format",
            "The format parameter names no format this operation produces.",
            "Use one of the formats the detail lists."),
    UNAPI_FORMAT_WITHOUT_ID("unapi-format-without-id", 400, "unAPI format without id",
            "An unAPI request named a format but no document.",
            "Ask /unapi?id=<document id>&format=<format>, or /unapi?id=<document id> for the formats."),
    UNAPI_FORMAT_NOT_AVAILABLE("unapi-format-not-available", 406, "Not available in this format",
            "The unAPI format names no format the archive exports a document in.",
            "Use one of the formats /unapi?id=<document id> lists (bibtex, ris, csl-json)."),
    INVALID_WITH("invalid-with", 400, "Invalid 'with' parameter",
            "The with parameter of a citation can only be 'source' or 'none'.",
            "Leave it out or send with=source to cite a rewrite together with its accepted source; with=none cites "
                    + "the document alone."),
    INVALID_STATUS("invalid-status", 400, "Invalid decision",
            "A provenance decision must be 'confirmed' or 'rejected'.",
            "Send {\"status\": \"confirmed\"} or {\"status\": \"rejected\"}."),
    INVALID_SEARCH("invalid-search", 400, "Invalid search",
            "The search cannot be run: its text is too long, a date filter is not a date, the date range "
                    + "starts after it ends, or the kind is unknown.",
            "Correct what the detail names; dates are written YYYY-MM-DD."),
    INVALID_METADATA_CORRECTION("invalid-metadata-correction", 400, "Invalid metadata correction",
            "A metadata correction names a field the archive does not keep, or gives a value of the wrong kind "
                    + "for it.",
            "Send a JSON merge patch of the fields GET …/metadata shows, each with a value of its kind (null "
                    + "removes a correction)."),
    INVALID_PROVENANCE("invalid-provenance", 400, "Invalid provenance",
            "The provenance decision cannot be recorded: a decision is 'confirmed' or 'rejected', and a "
                    + "document cannot be its own source.",
            "Decide on a source among the document's candidates (GET /api/v1/documents/{id}/provenance lists "
                    + "them)."),
    LINK_NOT_FOUND("link-not-found", 404, "No provenance link",
            "Both documents are archived, but detection never linked the second to the first as its source and no "
                    + "librarian decided on it, so there is no evidence to bundle.",
            "GET /api/v1/documents/{id}/provenance lists the document's candidate sources; a librarian can assess "
                    + "another source by deciding on it."),
    UNKNOWN_STYLE("unknown-style", 404, "Unknown citation style",
            "No CSL style has this id.",
            "Use a CSL repository id (apa, modern-language-association, chicago-author-date, ieee, …); GET "
                    + "/api/v1/styles?q=<part of its name> finds one."),
    UNKNOWN_LOCALE("unknown-locale", 400, "Unknown citation locale",
            "No CSL locale has this name.",
            "Give a language tag with its region, as CSL locales are named: en-US, en-GB, de-DE, fr-FR and so on."),

    ACCOUNT_NOT_FOUND("account-not-found", 404, "Account not found",
            "No account has this name.",
            "GET /api/v1/accounts lists the accounts (administrators only)."),
    INVALID_ACCOUNT("invalid-account", 400, "Invalid account",
            "An account's name, password or roles, or an API token's name or expiry, are not acceptable.",
            "Correct what the detail names and send the change again."),
    ACCOUNT_CONFLICT("account-conflict", 409, "Account already exists",
            "Another account already has this name, or the change would leave the archive without an enabled "
                    + "administrator.",
            "Choose another name; or give another account the 'admin' role first."),
    TOKEN_NOT_FOUND("token-not-found", 404, "Token not found",
            "You have no API token with this id (tokens are numbered; another person's are not yours).",
            "GET /api/v1/tokens lists your tokens."),
    TOO_MANY_FAILED_LOGINS("too-many-failed-logins", 429, "Too many failed sign-ins",
            "Too many sign-ins failed for this account or from this address within the window "
                    + "(ARCHIVE_LOGIN_FAILURE_WINDOW); further attempts are refused for a while, even with the "
                    + "right password.",
            "Wait the seconds Retry-After gives, then sign in again with the right credentials."),
    NOT_A_LOGIN_FORM("not-a-login-form", 415, "Not a login form",
            "The sign-in address takes the login form only.",
            "Post the login form (application/x-www-form-urlencoded with j_username and j_password); API "
                    + "clients send HTTP Basic or a Bearer token with each request instead."),
    CROSS_SITE_REQUEST("cross-site-request", 403, "Cross-site request refused",
            "A browser sent an unsafe request (one that changes something) from another site. Only the "
                    + "archive's own pages and API clients may change the archive.",
            "Use the archive's own pages; an API client sends no Origin or Sec-Fetch-Site of another site."),
    CSRF_TOKEN_INVALID("csrf-token-invalid", 403, "Form out of date",
            "The form was sent with the session cookie but without the page's current CSRF token, so it "
                    + "cannot be told apart from a forged request.",
            "Reload the page and submit the form again; scripts send the X-CSRF-Token header."),

    MALFORMED_REQUEST("malformed-request", 400, "Malformed request",
            "The server refused the request before the archive saw it: a URL whose percent-encoding does not "
                    + "decode, a URL that is too long (then the status is 414), or a body larger than the server "
                    + "reads (413).",
            "Send a well-formed request; the API is described at /q/openapi."),
    MALFORMED_CONTENT_TYPE("malformed-content-type", 400, "Malformed Content-Type",
            "The Content-Type header is not a media type (type/subtype, then optional ;name=value parameters).",
            "Send e.g. Content-Type: text/plain; charset=utf-8."),
    MALFORMED_MULTIPART("malformed-multipart", 400, "Malformed multipart body",
            "The multipart body cannot be read: the Content-Type has no boundary of 1 to 70 characters, or a "
                    + "part is malformed (a line break inside its headers or file name, say).",
            "Let your HTTP client build the multipart body, with the document as the part 'file'."),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON",
            "The body is not JSON, or not the JSON this operation expects (an unknown field, a value of the "
                    + "wrong type).",
            "Send the JSON the operation describes in /q/openapi."),
    UNREADABLE_BODY("unreadable-body", 400, "Body cannot be read",
            "The request body ended early or could not be read.",
            "Send the request again, whole."),

    FIXITY_FAILURE("fixity-failure", 500, "Stored text damaged",
            "The stored bytes of this version no longer match their SHA-256, so the archive withholds them "
                    + "rather than serve a damaged text. This is the archive's fault, not yours.",
            "Tell the operators: they run the fixity audit (/librarian/fixity) and restore the version from a "
                    + "replica. Other versions stay readable."),
    STORED_FILE_UNREADABLE("stored-file-unreadable", 500, "Stored file unreadable",
            "A file of this document in the OCFL store is missing or cannot be read. This is the archive's "
                    + "fault, not yours.",
            "Tell the operators: they run the fixity audit and restore the file from a replica.");

    private static final String TYPE_BASE = "/problems/";

    private final String code;
    private final int status;
    private final String title;
    private final String meaning;
    private final String remedy;

    ProblemType(String code, int status, String title, String meaning, String remedy) {
        this.code = code;
        this.status = status;
        this.title = title;
        this.meaning = meaning;
        this.remedy = remedy;
    }

    @Override
    public String code() {
        return code;
    }

    /** The problem+json {@code type}: a relative URI, resolved against the archive's own address. */
    public String uri() {
        return TYPE_BASE + code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What happened, for a person who followed the type's address. */
    public String meaning() {
        return meaning;
    }

    /** What to do about it. */
    public String remedy() {
        return remedy;
    }
}
