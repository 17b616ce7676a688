// Writes lib/generated/word-lists.json from two npm packages, as two compact strings the extractor
// binary-searches: a few strings on the heap instead of 360,000 small ones the garbage collector
// would walk for the life of the process. Run by `npm install` (postinstall).
//   words: the English dictionary (an-array-of-english-words), sorted, one per line.
//   names: first names (gender-detection-from-name's lists in five languages) as "name\tgender\tsources\ten",
//          gender "x" where the lists disagree ("Andrea").
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'lib', 'generated', 'word-lists.json');

const words = [...new Set(require('an-array-of-english-words/index.json').map((w) => w.toLowerCase()))].sort(byCodeUnit);

const lists = ['en', 'fr', 'es', 'it', 'de'].map((lang) => require(`gender-detection-from-name/names/${lang}.js`));
const english = lists[0];
const genders = new Map();
for (const list of lists) {
  for (const [name, gender] of list) {
    const seen = genders.get(name) ?? { gender, sources: 0, conflict: false };
    if (seen.gender !== gender) seen.conflict = true;
    seen.sources++;
    genders.set(name, seen);
  }
}
const names = [...genders]
  .filter(([name]) => !name.includes('\n') && !name.includes('\t'))
  .map(([name, g]) => `${name}\t${g.conflict ? 'x' : g.gender === 'male' ? 'm' : 'f'}\t${g.sources}\t${english.has(name) ? 1 : 0}`)
  .sort(byCodeUnit);

function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ words: words.join('\n'), names: names.join('\n') }));
console.log(`word lists: ${words.length} words, ${names.length} first names → ${path.relative(process.cwd(), out)}`);
