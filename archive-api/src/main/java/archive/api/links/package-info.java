/**
 * Typed web links (RFC 8288) and the ways the archive writes them: the Link header, RFC 6690 link-format (Memento
 * TimeMaps) and RFC 9264 linksets.
 */
package archive.api.links;
