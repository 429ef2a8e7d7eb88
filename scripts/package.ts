/**
 * `npm run package`: store-ready zips of the built extensions,
 * dist/remit-cost-chrome-<version>.zip and dist/remit-cost-firefox-<version>.zip,
 * manifest.json at the root of each.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Every file under `dir`, depth first. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.vite') return []; // build metadata, not part of the extension
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const [browser, dir] of [['chrome', 'dist/extension'], ['firefox', 'dist/firefox']] as const) {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files(dir)) entries[relative(dir, file)] = readFileSync(file);
  const out = `dist/remit-cost-${browser}-${version}.zip`;
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  console.log(`${out}: ${Object.keys(entries).length} files, ${statSync(out).size} bytes`);
}
