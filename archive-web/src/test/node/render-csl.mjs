// Renders CSL-JSON items with citeproc-js, the reference CSL processor, so that
// citeproc-java's output can be compared with it.
//
//   node render-csl.mjs ITEMS.json STYLES_DIR LOCALES_DIR STYLE_ID...
//
// Prints a JSON object: for each style id, one text entry per item. Each item is
// rendered as a bibliography of its own, as the archive renders one document per
// request, and no locale is forced: citeproc-js takes the style's default-locale,
// else en-US, as the archive does when a request names no locale. STYLES_DIR holds
// <id>.csl and LOCALES_DIR locales-<tag>.xml, copied out of the jars citeproc-java
// reads (the Java comparison test extracts them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';

const [itemsPath, stylesDir, localesDir, ...styleIds] = process.argv.slice(2);
if (!itemsPath || !stylesDir || !localesDir || styleIds.length === 0) {
  console.error('usage: node render-csl.mjs ITEMS.json STYLES_DIR LOCALES_DIR STYLE_ID...');
  process.exit(2);
}

const items = JSON.parse(readFileSync(itemsPath, 'utf8'));
const itemsById = new Map(items.map((item) => [item.id, item]));
const sys = {
  retrieveItem: (id) => itemsById.get(id),
  // citeproc-js asks for the locale and its primary dialect; a missing file is skipped.
  retrieveLocale: (tag) => {
    const file = join(localesDir, `locales-${tag}.xml`);
    return existsSync(file) ? readFileSync(file, 'utf8') : false;
  },
};

function renderStyle(styleId) {
  const engine = new CSL.Engine(sys, readFileSync(join(stylesDir, `${styleId}.csl`), 'utf8'), 'en-US');
  engine.setOutputFormat('text');
  return items.map((item) => {
    engine.updateItems([item.id]);
    const [, entries] = engine.makeBibliography();
    return entries[0];
  });
}

console.log(JSON.stringify(Object.fromEntries(styleIds.map((id) => [id, renderStyle(id)]))));
