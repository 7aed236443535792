package archive.api.openapi;

/**
 * Names of what this package declares once (see package-info): the tags operations are grouped by, and the
 * parameters, headers and responses the resources refer to.
 */
public final class OpenApiNames {

    public static final String DOCUMENTS = "documents";
    public static final String CONTENT = "content";
    public static final String METADATA = "metadata";
    public static final String PROVENANCE = "provenance";
    public static final String CITATIONS = "citations";
    public static final String SEARCH = "search";
    public static final String IMPORTS = "imports";
    public static final String AUDITS = "audits";
    public static final String ACCOUNTS = "accounts";
    public static final String TOKENS = "tokens";
    public static final String MEMENTO = "memento";
    public static final String SIGNPOSTING = "signposting";
    public static final String BAGS = "bags";
    public static final String CHANGES = "changes";
    public static final String OAI_PMH = "oai-pmh";

    /** Parameters: a reusable parameter is named as the request names it (OpenAPI keys it by that name). */
    public static final String DOCUMENT_ID = "documentId";
    public static final String VERSION = "version";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String USERNAME = "username";
    public static final String RANGE = "Range";
    public static final String IF_RANGE = "If-Range";
    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    public static final String ACCEPT_DATETIME = "Accept-Datetime";
    public static final String ORIGINAL_URL = "url";

    public static final String LINK = "Link";
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String ETAG = "ETag";
    public static final String REPR_DIGEST = "Repr-Digest";
    public static final String LAST_MODIFIED = "Last-Modified";
    public static final String CACHE_CONTROL = "Cache-Control";
    public static final String MEMENTO_DATETIME = "Memento-Datetime";

    public static final String DOCUMENT_NOT_FOUND = "DocumentNotFound";
    public static final String VERSION_NOT_FOUND = "VersionNotFound";
    public static final String INVALID_PAGE = "InvalidPage";
    public static final String ACCOUNT_NOT_FOUND = "AccountNotFound";
    public static final String TIMEGATE_REDIRECT = "TimeGateRedirect";
    public static final String MALFORMED_ACCEPT_DATETIME = "MalformedAcceptDatetime";
    public static final String TIMEMAP = "TimeMap";
    public static final String TIMEMAP_NOT_ACCEPTABLE = "TimeMapNotAcceptable";

    public static final String METADATA_VALUE = "MetadataValue";
    public static final String METADATA_PATCH = "MetadataPatch";

    private OpenApiNames() {
    }
}
