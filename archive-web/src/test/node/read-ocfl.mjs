// Reads an OCFL storage root with @ocfl/ocfl-fs, an OCFL implementation independent of ocfl-java, and prints as
// JSON every object it finds (where it found it, and where the root's layout extension puts its id) and every
// version: its files with the digest the inventory records and the SHA-256 and SHA-512 of the bytes it read, and
// the parsed metadata.json. The caller compares this with
// the archive's API; a digest mismatch is reported, not thrown, so a damaged store can be shown to be caught.
import { createHash } from 'node:crypto';
import path from 'node:path';
import ocfl from '@ocfl/ocfl-fs';

const [root] = process.argv.slice(2);
const storage = ocfl.storage({ root });
await storage.load();

const hex = (algorithm, bytes) => createHash(algorithm).update(bytes).digest('hex');
const objects = [];
for await (const object of storage) {
  const latest = await object.getInventory();
  const versions = [];
  for (const name of Object.keys(latest.versions).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))) {
    const files = [];
    let metadata = null;
    for (const file of await object.files(name)) {
      const bytes = await file.buffer();
      const recorded = file.digest ?? latest.getDigest(file.logicalPath, name);
      const read = hex(latest.digestAlgorithm, bytes);
      files.push({
        logicalPath: file.logicalPath,
        size: bytes.length,
        sha256: hex('sha256', bytes),
        sha512: hex('sha512', bytes),
        inventoryDigest: recorded,
        digestMatches: recorded === read,
      });
      if (file.logicalPath === 'metadata.json') {
        metadata = JSON.parse(bytes.toString('utf8'));
      }
    }
    versions.push({ version: name, created: latest.versions[name].created, files, metadata });
  }
  objects.push({ id: latest.id, head: latest.head, digestAlgorithm: latest.digestAlgorithm,
      foundAt: path.relative(root, object.root), layoutPath: storage.objectRoot(latest.id), versions });
}
process.stdout.write(JSON.stringify({ objects }));
