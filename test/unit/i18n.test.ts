import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { english as en, ALL_MESSAGES } from '../../core/i18n/all.ts';
import { LOCALES, regionalTag, translator, verdictHead, type Locale, type MessageKey, type Messages } from '../../core/i18n/messages.ts';

/** Every shipped locale except the English reference (a new one is found through the registry, ALL_MESSAGES). */
const TRANSLATIONS = Object.fromEntries(Object.entries(ALL_MESSAGES).filter(([l]) => l !== 'en')) as Readonly<Record<Exclude<Locale, 'en'>, Messages>>;

/**
 * Keys whose value may legitimately be the same as in English in some locale
 * (language-independent strings). Keep this short: anything else identical to
 * English is an untranslated string.
 */
// A format with no words (`{received} ({sent})`) and a name with its placeholders (`SmaRT: {pct} ({period})`) read the same in most languages.
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<MessageKey> = new Set<MessageKey>(['rate_note', 'money_both', 'smart']);

const english: Readonly<Record<string, string>> = en;
const englishKeys = Object.keys(en).sort();

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('locale messages', () => {
  it('en writes each verdict as "short form: explanation"', () => {
    const t = translator(en, 'en');
    expect((['verdict_above_5', 'verdict_between', 'verdict_below_3', 'verdict_negative'] as const).map((k) => verdictHead(t(k)))).toEqual([
      'Above 5%',
      'Between 3% and 5%',
      'At or below 3%',
      'Below zero',
    ]);
  });

  it('writes the 5% and 3% targets like every other percent of the page (one number format per page)', () => {
    const said = (tag: string) => translator(TRANSLATIONS.es, tag)('verdict_between');
    expect(said('es-MX')).toMatch(/^Entre 3% y 5%:/);
    expect(said('es')).toMatch(/^Entre 3\u00a0% y 5\u00a0%:/);
    expect(translator(TRANSLATIONS.fr, 'fr')('yearly_at_5')).toMatch(/^Coût à 5[\u00a0\u202f]%$/);
    // No message keeps a hard-coded target percent beside the placeholders.
    for (const [code, messages] of Object.entries({ en, ...TRANSLATIONS })) {
      const fixed = Object.entries(messages).filter(([, v]) => /(?<![\d.])[35](\u00a0|\u202f| )?[%٪]/.test(v)).map(([k]) => `${code}.${k}`);
      expect(fixed).toEqual([]);
    }
  });

  it('names each language in the pickers as its own messages do', async () => {
    const { LANGUAGE_NAMES } = await import('../../core/i18n/language-names.ts');
    for (const [code, messages] of Object.entries({ en, ...TRANSLATIONS })) expect(LANGUAGE_NAMES[code as Locale]).toBe(messages.language_name);
  });

  it('covers every shipped locale except en', () => {
    expect(Object.keys(TRANSLATIONS).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
  });

  for (const [code, messages] of Object.entries(TRANSLATIONS)) {
    describe(code, () => {
      const record: Readonly<Record<string, unknown>> = messages;

      it('has exactly the keys of en', () => {
        expect(Object.keys(messages).sort()).toEqual(englishKeys);
      });

      it('has a non-empty string for every key', () => {
        const bad = englishKeys.filter((key) => {
          const value = record[key];
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(bad).toEqual([]);
      });

      it('keeps the placeholders of en for every key', () => {
        const mismatched = englishKeys
          .filter((key) => typeof record[key] === 'string')
          .map((key) => ({
            key,
            en: placeholders(english[key] ?? ''),
            [code]: placeholders(record[key] as string),
          }))
          .filter((row) => JSON.stringify(row.en) !== JSON.stringify(row[code]));
        expect(mismatched).toEqual([]);
      });

      it('writes each verdict as "short form: explanation", so the short badge is whole', () => {
        for (const key of ['verdict_above_5', 'verdict_between', 'verdict_below_3', 'verdict_negative'] as const) {
          const sentence = messages[key];
          const head = verdictHead(sentence);
          expect(head.length, `${code} ${key}`).toBeGreaterThan(1);
          expect(head.length, `${code} ${key}: no colon`).toBeLessThan(sentence.length / 2);
          if (key !== 'verdict_negative') expect(head, `${code} ${key}: the head names its threshold`).toMatch(/\p{Nd}|\{p[35]\}/u);
        }
      });

      it('translates every key (nothing left identical to English)', () => {
        const untranslated = englishKeys.filter(
          (key) => record[key] === english[key] && !SAME_AS_ENGLISH_ALLOWED.has(key as MessageKey),
        );
        expect(untranslated).toEqual([]);
      });
    });
  }
});

describe('extension _locales', () => {
  const root = fileURLToPath(new URL('../../extension/_locales/', import.meta.url));
  const dirs = existsSync(root)
    ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];

  it('has an en folder (the default locale)', () => {
    expect(dirs).toContain('en');
  });

  for (const dir of dirs) {
    it(`${dir}/messages.json has extName (<= 45 chars) and extDescription (<= 132 chars)`, () => {
      const json = JSON.parse(readFileSync(`${root}${dir}/messages.json`, 'utf8')) as Record<
        string,
        { message?: unknown } | undefined
      >;
      const name = json['extName']?.message;
      const description = json['extDescription']?.message;
      expect(typeof name).toBe('string');
      expect(typeof description).toBe('string');
      expect((name as string).trim()).not.toBe('');
      expect((description as string).trim()).not.toBe('');
      expect((name as string).length).toBeLessThanOrEqual(45);
      expect((description as string).length).toBeLessThanOrEqual(132);
    });
  }
});

describe('regionalTag: the tag numbers and names are formatted with', () => {
  it('takes the first tag of the messages language that names a region', () => {
    expect(regionalTag('es', ['es', 'es-MX', 'es-ES'])).toBe('es-MX');
    expect(regionalTag('es', ['es-ES', 'es-MX'])).toBe('es-ES');
    expect(regionalTag('es', ['en-US', 'es-us'])).toBe('es-US');
  });

  it('falls back to the messages language, and skips what is not a tag', () => {
    expect(regionalTag('es', ['es', 'en-US'])).toBe('es');
    expect(regionalTag('fr', ['en-US', null, undefined, 'not a tag!', ''])).toBe('fr');
    expect(regionalTag('tl', ['fil-PH'])).toBe('fil-PH');
  });

  it('takes only the region: the script of the messages and no extensions', () => {
    expect(regionalTag('zh', ['zh-TW'])).toBe('zh-Hans-TW');
    expect(regionalTag('zh', ['zh-Hant-HK'])).toBe('zh-Hans-HK');
    expect(regionalTag('hi', ['hi-Latn-IN'])).toBe('hi-IN');
    expect(regionalTag('en', ['en-US-u-nu-hanidec'])).toBe('en-US');
    // Traditional names would not match Simplified messages.
    expect(new Intl.DisplayNames([regionalTag('zh', ['zh-TW'])], { type: 'region' }).of('US')).toBe('美国');
  });
});
