/** Checks on the built files themselves: the widget's size budget and what it may not contain, the two manifests. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, WIDGET_DIR } from './browser.ts';

const widget = readFileSync(join(WIDGET_DIR, 'remit-widget.js'), 'utf8');
const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8'));

describe('the built widget', () => {
  it('stays within its size budget: 25,000 bytes gzipped', () => {
    expect(gzipSync(widget, { level: 9 }).length).toBeLessThanOrEqual(25_000);
  });

  it('is ASCII only, so the host page encoding cannot garble it', () => {
    expect(widget).toMatch(/^[\x00-\x7f]*$/);
  });

  it('has no eval, Function constructor or document.write', () => {
    expect(widget).not.toMatch(/\beval\(|new Function\(|document\.write/);
  });

  it('sets innerHTML only in Preact\'s dangerouslySetInnerHTML path, which our code never uses', () => {
    const sites = [...widget.matchAll(/\.innerHTML\s*=/g)];
    expect(sites).toHaveLength(1);
    expect(widget.slice(sites[0]!.index! - 80, sites[0]!.index!)).toContain('__html');
    const sources = execSync('git ls-files core widget extension', { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    for (const file of sources.filter((f) => /\.(ts|tsx)$/.test(f))) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/innerHTML|dangerouslySetInnerHTML|\beval\(/);
    }
  });
});

describe('the extension manifests', () => {
  it('Chrome: MV3, a service worker, storage + contextMenus only, localized name', () => {
    const m = manifest('dist/extension');
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBeTruthy();
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.name).toBe('__MSG_extName__');
  });

  it('Firefox: background as scripts, a gecko id, no data collected, Android too, same permissions', () => {
    const m = manifest('dist/firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toMatch(/^\d+\.0$/);
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'storage']);
  });
});
