// The citation baseline: the reference CSL processor citeproc-js renders the archive's own CSL-JSON items in APA,
// one bibliography entry at a time (as the archive's citation endpoint does), warm.
// Usage: node citeproc-bench.js <items.json> <style.csl> <locale.xml> <seconds> <out.json>
'use strict';
const fs = require('fs');
const CSL = require('citeproc');

const [itemsFile, styleFile, localeFile, seconds, outFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
const byId = new Map(items.map((item) => [String(item.id), item]));
const locale = fs.readFileSync(localeFile, 'utf8');
const engine = new CSL.Engine({
  retrieveLocale: () => locale,
  retrieveItem: (id) => byId.get(String(id)),
}, fs.readFileSync(styleFile, 'utf8'), 'en-US');
engine.setOutputFormat('text');

const ids = [...byId.keys()];
function cite(id) {
  engine.updateItems([id]);
  const [, entries] = engine.makeBibliography();
  if (!entries[0]) {
    throw new Error(`citeproc-js rendered nothing for item ${id}`);
  }
  return entries[0];
}

ids.forEach(cite); // warm-up: every item once
const deadline = process.hrtime.bigint() + BigInt(Math.round(Number(seconds) * 1e9));
const started = process.hrtime.bigint();
let rendered = 0;
while (process.hrtime.bigint() < deadline) {
  cite(ids[rendered % ids.length]);
  rendered++;
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
fs.writeFileSync(outFile, JSON.stringify({ items: ids.length, citations: rendered, seconds: elapsed,
  citationsPerSecond: rendered / elapsed }) + '\n');
