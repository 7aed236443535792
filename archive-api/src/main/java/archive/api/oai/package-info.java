/**
 * An OAI-PMH 2.0 data provider at {@code /oai} (https://www.openarchives.org/OAI/openarchivesprotocol.html): the six
 * verbs over GET and POST, records in Dublin Core ({@code oai_dc}) and MODS 3.8 ({@code mods}), sets by kind and by
 * publisher, selective harvesting by datestamp, and stateless resumption tokens. Errors are the protocol's own,
 * OAI-PMH XML with HTTP 200. What the catalog contributes (records, datestamps, sets) is archive.core.oai.
 */
package archive.api.oai;
