/**
 * Memento (RFC 7089) over the catalog: each document is an original resource, each of its versions a memento
 * archived at its {@code createdAt}; an original can also be looked up by the address it was found at.
 */
package archive.core.memento;
