/** The browser tests run against the built files: say so plainly when they are missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, WIDGET_DIR } from './browser.ts';

export default function setup(): void {
  for (const file of [join(WIDGET_DIR, 'remit-widget.js'), join(EXTENSION_DIR, 'manifest.json')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (bash .ci/run does).`);
}
