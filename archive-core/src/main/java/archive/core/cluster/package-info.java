/**
 * Several archive nodes on one PostgreSQL and one OCFL store: what each node keeps in memory is invalidated when
 * another node's change commits ({@link archive.core.cluster.ChangeNotifier} sends PostgreSQL notifications inside
 * the writing transaction, {@link archive.core.cluster.ChangeListener} receives them, {@link
 * archive.core.cluster.NodeCaches} forgets what they name), and scheduled jobs run on one node per slot ({@link
 * archive.core.cluster.JobClaims}).
 */
package archive.core.cluster;
