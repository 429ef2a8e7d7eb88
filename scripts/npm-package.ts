/**
 * The widget as an npm package and as a versioned CDN folder, from the built
 * dist/widget (`npm run build` runs this last):
 *   dist/npm/            the package: package.json, remit-widget.js and its
 *                        types, remit-progress.js, remit-data.js, remit-quote.js, locales/, corridors/,
 *                        custom-elements.json, integrity.json, README, LICENSE, NOTICE
 *   dist/cdn/<version>/  the same files as a CDN serves them, so
 *                        /<version>/remit-widget.js finds its siblings
 * `npm pack dist/npm` makes the tarball (`npm run release` does).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import * as analyzer from '@custom-elements-manifest/analyzer';
import { ATTRIBUTES, type AttributeSpec } from '../widget/attributes.ts';

/**
 * The analyzer's API as its JavaScript has it (its own TypeScript, to parse
 * with, and `create`); its type declarations leave both out.
 */
const { create, ts } = analyzer as unknown as {
  create(options: { modules: unknown[]; plugins: unknown[] }): unknown;
  ts: {
    createSourceFile(name: string, text: string, target: number, setParentNodes: boolean, kind: number): unknown;
    ScriptTarget: { ES2022: number };
    ScriptKind: { TS: number; TSX: number };
  };
};

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'dist/widget');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; description: string };

export const PACKAGE_NAME = 'remit-cost-widget';
/** What the package ships from the build, next to each other as the script expects. */
const SHIPPED = ['remit-widget.js', 'remit-progress.js', 'remit-data.js', 'remit-quote.js', 'locales', 'corridors'];

/** The SRI value of a file (`sha384-...`), as `integrity` attributes take it. */
export function sri(data: Buffer | string): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/** Manifest entries the analyzer writes, reduced to what a user of the element sees. */
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: { name: string; privacy?: string; static?: boolean }[];
  [key: string]: unknown;
}

/** A custom-elements.json attribute entry. */
export interface ManifestAttribute {
  readonly name: string;
  readonly type: { readonly text: string };
  readonly default?: string;
  readonly description: string;
}

/**
 * `<remit-calculator>`'s attributes for custom-elements.json, from their
 * declaration (name, allowed values, default) and the README's section on
 * each (its description), so neither is written a second time in JSDoc.
 */
export function calculatorAttributes(): ManifestAttribute[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return (Object.entries(ATTRIBUTES) as [string, AttributeSpec][]).map(([name, spec]) => {
    // The README's line under `### \`name\``: "*type* · default `x`. What it does. More."
    const line = new RegExp(`^### \`${name}\`\n(.*)$`, 'm').exec(readme)?.[1] ?? '';
    const [kind = '', rest = ''] = line.split(' · ');
    // The first sentence after the default's (a sentence ends at a full stop before a space or the end).
    const what = /\. (.*?\.)(?= |$)/.exec(rest)?.[1] ?? '';
    const number = /^\d+$/.test(spec.default);
    return {
      name,
      type: { text: spec.values ? spec.values.map((v) => `'${v}'`).join(' | ') : number ? 'number' : 'string' },
      ...(spec.default ? { default: number ? spec.default : `'${spec.default}'` } : {}),
      description: `${kind.replace(/^\*|\*$/g, '')}. ${what}`.trim(),
    };
  });
}

/**
 * custom-elements.json from the elements' sources and their JSDoc (`@attr`,
 * `@fires`, `@cssprop`, `@slot`), by the Custom Elements Manifest analyzer.
 * Both classes ship in one file, so they become one module, `remit-widget.js`.
 */
export function elementsManifest(): object {
  const files = ['widget/remit-calculator.tsx', 'widget/remit-progress.ts', 'widget/define.ts'];
  const modules = files.map((f) =>
    ts.createSourceFile(f, readFileSync(join(root, f), 'utf8'), ts.ScriptTarget.ES2022, true, f.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS),
  );
  const analyzed = create({ modules, plugins: [] }) as { schemaVersion: string; modules: { declarations?: Declaration[] }[] };
  const elements = analyzed.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
    .map((d) => ({
      ...d,
      // Private state (`#store`), the static attribute list and the environment `define.ts` sets are not API.
      members: (d.members ?? []).filter((m) => m.privacy !== 'private' && !m.name.startsWith('#') && !m.static && m.name !== 'page'),
      ...(d.tagName === 'remit-calculator' ? { attributes: calculatorAttributes() } : {}),
    }));
  return {
    schemaVersion: analyzed.schemaVersion,
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: 'remit-widget.js',
        declarations: elements,
        exports: elements.map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: 'remit-widget.js' } })),
      },
    ],
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function writePackage(): { dir: string; cdn: string; version: string } {
  const version = rootPackage.version;
  const dir = join(root, 'dist/npm');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of SHIPPED) cpSync(join(built, name), join(dir, name), { recursive: true });
  cpSync(join(root, 'widget/package/remit-widget.d.ts'), join(dir, 'remit-widget.d.ts'));
  cpSync(join(root, 'widget/package/README.md'), join(dir, 'README.md'));
  cpSync(join(root, 'widget/package/NOTICE.md'), join(dir, 'NOTICE.md'));
  cpSync(join(root, 'LICENSE'), join(dir, 'LICENSE'));
  writeFileSync(join(dir, 'custom-elements.json'), `${JSON.stringify(elementsManifest(), null, 2)}\n`);
  const integrity = Object.fromEntries(
    filesUnder(dir)
      .filter((f) => /\.(js|json)$/.test(f) && !f.endsWith('custom-elements.json'))
      .map((f) => [relative(dir, f), sri(readFileSync(f))])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  const script = { types: './remit-widget.d.ts', default: './remit-widget.js' };
  const manifest = {
    name: PACKAGE_NAME,
    version,
    description: rootPackage.description.replace(' Browser extension and embeddable widget', ' Embeddable widget'),
    keywords: ['remittances', 'web-components', 'custom-elements', 'world-bank', 'sdg', 'widget'],
    license: 'MIT',
    // The data's licence (CC BY 4.0) and the attribution to keep: NOTICE.md, shipped in the package.
    main: './remit-widget.js',
    types: './remit-widget.d.ts',
    unpkg: './remit-widget.js',
    jsdelivr: './remit-widget.js',
    customElements: './custom-elements.json',
    exports: {
      '.': script,
      './remit-widget.js': script,
      './remit-progress.js': './remit-progress.js',
      './remit-data.js': './remit-data.js',
      './remit-quote.js': './remit-quote.js',
      './locales/*': './locales/*',
      './corridors/*': './corridors/*',
      './custom-elements.json': './custom-elements.json',
      './integrity.json': './integrity.json',
      './package.json': './package.json',
    },
    // Loading it defines <remit-calculator> and <remit-progress>.
    sideEffects: true,
    files: ['remit-widget.js', 'remit-widget.d.ts', 'remit-progress.js', 'remit-data.js', 'remit-quote.js', 'locales/', 'corridors/', 'custom-elements.json', 'integrity.json', 'NOTICE.md'],
    browserslist: ['chrome >= 81', 'firefox >= 86', 'safari >= 14.1'],
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // The CDN layout: the package's files under their version, as jsDelivr or unpkg would serve them.
  const cdn = join(root, 'dist/cdn', version);
  rmSync(join(root, 'dist/cdn'), { recursive: true, force: true });
  cpSync(dir, cdn, { recursive: true });
  return { dir, cdn, version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dir, cdn } = writePackage();
  console.log(`${relative(root, dir)}/ and ${relative(root, cdn)}/ written`);
}
