/** extension/pending-quote.ts: a quote handed over from a page selection. */
import { describe, expect, it } from 'vitest';

describe('the extension hands a selection over once, cut where the parser can read it', () => {
  it('trims leading white space, then cuts to the parser limit at a code-point boundary', async () => {
    const { handOverOf } = await import('../../extension/pending-quote.ts');
    const { MAX_QUOTE_TEXT, parseQuote } = await import('../../core/parse-quote/index.ts');
    const emoji = '\u{1F600}';
    // The cut falls inside the surrogate pair of the emoji.
    const quote = 'Fee: $4.99 · 1 USD = 17.0500 MXN ';
    const text = `${' \n\t'.repeat(500)}${quote}${'x'.repeat(MAX_QUOTE_TEXT - 1 - quote.length)}${emoji}${'y'.repeat(3000)}`;
    const { text: cut } = handOverOf(text, 'en-US');
    expect(cut.length).toBeLessThanOrEqual(MAX_QUOTE_TEXT);
    expect(cut.startsWith('Fee: $4.99')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(cut).toBe(text.trimStart().slice(0, MAX_QUOTE_TEXT - 1));
    const parsed = parseQuote(cut, { locale: 'en-US' });
    expect(parsed.ok).toBe(true);
    // A selection within the limit is handed over whole (after its leading white space).
    expect(handOverOf(`  Fee ${emoji} 4.99`, 'en').text).toBe(`Fee ${emoji} 4.99`);
  });
});
