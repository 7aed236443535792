/**
 * FAIR Signposting: the typed links that tell a machine what a document page or text is, how to cite it, where its
 * metadata and content are; a few in the Link header, all of them in the document's RFC 9264 linkset.
 */
package archive.api.signposting;
