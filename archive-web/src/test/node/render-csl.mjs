// Renders CSL-JSON items with citeproc-js, the reference CSL processor, so that
// citeproc-java's output can be compared with it.
//
//   node render-csl.mjs ITEMS.json STYLE.csl LOCALE.xml     JSON array of text entries
//
// Each item is rendered as a bibliography of its own, as the archive renders one
// document per request. STYLE.csl and LOCALE.xml are taken from the styles and
// locales jars (the Java comparison test extracts them).
import { readFileSync } from 'node:fs';
import CSL from 'citeproc';

const [itemsPath, stylePath, localePath] = process.argv.slice(2);
if (!itemsPath || !stylePath || !localePath) {
  console.error('usage: node render-csl.mjs ITEMS.json STYLE.csl LOCALE.xml');
  process.exit(2);
}

const items = JSON.parse(readFileSync(itemsPath, 'utf8'));
const itemsById = new Map(items.map((item) => [item.id, item]));
const localeXml = readFileSync(localePath, 'utf8');
const sys = {
  retrieveItem: (id) => itemsById.get(id),
  // Only the one locale is supplied; citeproc-js falls back to it for any other.
  retrieveLocale: () => localeXml,
};
const engine = new CSL.Engine(sys, readFileSync(stylePath, 'utf8'), 'en-US');
engine.setOutputFormat('text');

function renderEntry(id) {
  engine.updateItems([id]);
  const [, entries] = engine.makeBibliography();
  return entries[0];
}

console.log(JSON.stringify(items.map((item) => renderEntry(item.id))));
