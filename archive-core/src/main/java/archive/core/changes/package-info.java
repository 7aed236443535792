/**
 * The change feed: what a client following the archive needs to hear about — documents and versions archived,
 * librarians' provenance decisions — read from the event log in the order of the transactions that recorded it
 * ({@link archive.core.changes.ChangeFeed}), and resumed after a {@link archive.core.changes.ChangeCursor}.
 * Detection's automatic acceptances are not changes here: the archive keeps them as the current state of a link,
 * which the next detection may replace, not as decisions it records.
 */
package archive.core.changes;
