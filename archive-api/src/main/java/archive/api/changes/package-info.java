/**
 * The change feed over HTTP: {@code GET /api/v1/changes} pages forward from a cursor, as JSON or as an Atom feed
 * (RFC 4287) paged by RFC 5005's {@code first} and {@code next} links, and {@code GET /api/v1/changes.atom} is the
 * subscription document a feed reader polls: the newest changes.
 */
package archive.api.changes;
