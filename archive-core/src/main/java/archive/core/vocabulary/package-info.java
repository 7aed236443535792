/**
 * The archive's coded vocabularies: enums whose constants carry the code stored in the catalog and in
 * {@code metadata.json} and sent by the API ({@link archive.core.vocabulary.Coded}), looked up in one place
 * ({@link archive.core.vocabulary.Codes}) and kept in catalog columns by one converter
 * ({@link archive.core.vocabulary.CodeColumn}). Services, resources and pages compare the enums, never the codes.
 */
package archive.core.vocabulary;
