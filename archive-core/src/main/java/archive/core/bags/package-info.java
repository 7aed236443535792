/**
 * BagIt (RFC 8493) as the archive writes it: where a document lies in a bag this archive makes ({@code BagLayout}).
 */
package archive.core.bags;
