/**
 * What addons.mozilla.org checks on upload: Mozilla's addons-linter, run as
 * `web-ext lint` on the built Firefox extension.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './browser.ts';

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}
interface LintReport {
  readonly errors: LintMessage[];
  readonly warnings: LintMessage[];
  readonly notices: LintMessage[];
}

/** Runs `web-ext lint` on a built extension folder and returns its JSON report. */
export function webExtLint(dir: string): LintReport {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(run.stdout) as LintReport;
}

describe('web-ext lint on dist/firefox', () => {
  it('no error and no warning but Preact\'s innerHTML path (README: "The extension")', () => {
    const report = webExtLint(join(ROOT, 'dist/firefox'));
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // The one warning: Preact's renderer sets innerHTML for `dangerouslySetInnerHTML`, which
    // no code of ours uses (builds.test.ts checks the sources); the linter cannot tell that.
    expect(report.warnings.map((w) => w.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
    // In the chunk that carries Preact (its name depends on how the build splits the popup).
    expect(report.warnings[0]?.file).toMatch(/^assets\/[\w-]+\.js$/);
  });
});
