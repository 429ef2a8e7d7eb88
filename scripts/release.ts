/**
 * `npm run release`: everything a release needs, in dist/release/, or nothing:
 *   1. `npm test` (type-check, build, every unit and browser test: web-ext
 *      lint, es-check, the size budget, the packed package in Chromium...);
 *      any failure stops the release here;
 *   2. the two store zips (scripts/package.ts);
 *   3. the npm tarball (`npm pack dist/npm`) and the CDN folder dist/cdn/<version>/;
 *   4. SHA256SUMS over the zips and the tarball, in `sha256sum -c` format.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/release');
const run = (command: string) => execSync(command, { cwd: root, stdio: 'inherit' });

const versions = ['package.json', 'manifest.json'].map((f) => (JSON.parse(readFileSync(join(root, f), 'utf8')) as { version: string }).version);
if (versions[0] !== versions[1]) {
  console.error(`Release stopped: package.json says ${versions[0]}, manifest.json ${versions[1]}; bump both.`);
  process.exit(1);
}
try {
  run('npm test');
} catch {
  console.error('\nRelease stopped: a check failed (see above). Nothing was written to dist/release/.');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run('npx tsx scripts/package.ts');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
for (const browser of ['chrome', 'firefox']) cpSync(join(root, `dist/remit-cost-${browser}-${version}.zip`), join(out, `remit-cost-${browser}-${version}.zip`));
execFileSync('npm', ['pack', join(root, 'dist/npm'), '--pack-destination', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
cpSync(join(root, 'dist/cdn'), join(out, 'cdn'), { recursive: true });

const sums = readdirSync(out)
  .filter((f) => /\.(zip|tgz)$/.test(f))
  .sort()
  .map((f) => `${createHash('sha256').update(readFileSync(join(out, f))).digest('hex')}  ${f}`);
if (sums.length !== 3) {
  console.error(`Release stopped: expected two zips and one tarball, found ${sums.length} files.`);
  process.exit(1);
}
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`\ndist/release/ (${version}):\n${sums.join('\n')}\ncdn/${version}/ for a static host or CDN`);
