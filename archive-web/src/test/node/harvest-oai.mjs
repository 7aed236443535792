// Harvests the archive's OAI-PMH interface with the oai-pmh package (paperhive's harvester for node), so that the
// tests see the provider through a client written by others: its requests, its XML parsing, its paging by
// resumption tokens and its reading of the protocol's errors.
//
//   node harvest-oai.mjs BASE_URL SET IDENTIFIER
//
// Prints a JSON object: what Identify says, the metadata prefixes and set specs, the identifiers of SET
// (ListIdentifiers) and its records in Dublin Core (ListRecords), the MODS record of IDENTIFIER (GetRecord) and
// the error code the harvester reads for an identifier the archive does not have.
import oaiPmh from 'oai-pmh';

const { OaiPmh } = oaiPmh;
const [baseUrl, set, identifier] = process.argv.slice(2);
if (!baseUrl || !set || !identifier) {
  console.error('usage: node harvest-oai.mjs BASE_URL SET IDENTIFIER');
  process.exit(2);
}

// xml2js gives one element as a value and several as an array.
const all = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value) => (typeof value === 'object' ? value._ : value);

const harvester = new OaiPmh(baseUrl, { retry: false });
const identify = await harvester.identify();
const formats = all(await harvester.listMetadataFormats()).map((format) => format.metadataPrefix);
const sets = [];
for await (const each of harvester.listSets()) {
  sets.push(each.setSpec);
}
const identifiers = [];
for await (const header of harvester.listIdentifiers({ metadataPrefix: 'oai_dc', set })) {
  identifiers.push(header.identifier);
}
const records = [];
for await (const record of harvester.listRecords({ metadataPrefix: 'oai_dc', set })) {
  const dc = record.metadata['oai_dc:dc'];
  records.push({
    identifier: record.header.identifier,
    title: text(dc['dc:title']),
    sources: all(dc['dc:source']).map(text),
    relations: all(dc['dc:relation']).map(text),
  });
}
const mods = (await harvester.getRecord(identifier, 'mods')).metadata.mods;
const original = all(mods.relatedItem).find((item) => item.$.type === 'original');
let unknownRecordError = null;
try {
  await harvester.getRecord(identifier.replace(/[0-9a-f]{16}$/, '0000000000000000'), 'mods');
} catch (error) {
  unknownRecordError = error.code;
}
console.log(JSON.stringify({
  identify: {
    repositoryName: identify.repositoryName,
    baseURL: identify.baseURL,
    protocolVersion: identify.protocolVersion,
    deletedRecord: identify.deletedRecord,
    granularity: identify.granularity,
  },
  formats,
  sets,
  identifiers,
  records,
  original: {
    title: original.titleInfo.title,
    urls: all(original.location.url).map(text),
  },
  unknownRecordError,
}));
