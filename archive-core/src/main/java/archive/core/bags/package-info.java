/**
 * BagIt (RFC 8493) as the archive reads and writes it: where a document lies in a bag this archive makes
 * ({@code BagLayout}, shared by the export and the import), and bags received for import — unpacked safely, then found
 * complete and valid by the Library of Congress's bagit-java before anything of them is stored ({@code BagReceiver},
 * {@code VerifiedBag}).
 */
package archive.core.bags;
