/**
 * The words that say what a figure is, in the ten languages "Check this quote"
 * reads, and the words that say a text is about a transfer at all.
 *
 * Only head words matter: a label is the text in front of a figure (or after it,
 * or on the line above), and the strongest kind found there decides (see
 * `ROLE_PRIORITY`). Phrases are listed where a shorter word would mean something
 * else: "total cost" is a total though "cost" alone is a fee, "taxa de câmbio" a
 * rate though "taxa" alone is a fee, "kabuuang bayad" a total though "bayad"
 * alone is a fee, "سعر الصرف" a rate though "السعر" alone is a price.
 * Word lists follow the providers' own localised pages and receipts.
 */
import type { QuoteLang } from './types.ts';

/**
 * What a labelled figure is. `other` figures (balances, limits, savings, prices,
 * buy/sell) are read and dropped. "We'll convert" is no label: its figure is in
 * the send currency (Wise) or in the one that arrives ("Montant converti"), and
 * the currency decides.
 */
export type Role = 'amount' | 'fee' | 'rate' | 'received' | 'total' | 'other';
export type LabelKind = Role | 'free';

/**
 * When a label holds words of several kinds, the first here wins: "Total fees"
 * is a fee, "Total to receiver" what arrives, "Amount you can transact" a limit,
 * "Halaga ng palitan" (amount of exchange) a rate.
 */
export const ROLE_PRIORITY: readonly Role[] = ['other', 'received', 'fee', 'total', 'rate', 'amount'];

interface LabelDef {
  readonly kind: LabelKind;
  readonly lang: QuoteLang;
  readonly pattern: string;
}

type Table = Readonly<Partial<Record<LabelKind, string>>>;

/** Per language; Chinese needs no word boundaries (no spaces), the others get Unicode ones. */
const TABLES: Readonly<Record<QuoteLang, Table>> = {
  en: {
    free:
      'no (?:transfer |service |upfront |hidden )?(?:fees?|charges?|commission)|zero fees?|fee[- ]free|commission[- ]free|' +
      'free of charge|free transfers?|(?:transfer |service )?(?:fees?|charges?)[ \\t]*[:\\-–]?[ \\t]*(?:free|none|waived|nil)',
    fee: 'fees?(?: amount)?|charges?|commission|transaction cost|service charge',
    total: 'total(?: amount| cost| to pay| paid| charged| collected| debit)?|you pay|paid|charged|collected|gross pay|net pay',
    received: 'receiv\\p{L}*|recipient\\p{L}*|beneficiary|gets?|payout(?: amount)?|collects?|credited',
    rate: 'rates?|fx',
    amount: 'send(?:s|ing)?|sent|amount|principal|transferred|payment(?: made)?|transfer',
    other:
      'limits?|save[sd]?|savings?|discounts?|minimum|maximum|balance|bonus|cashback|promo\\p{L}*|' +
      'up to|levy|tax(?:es)?|(?:amount )?you can (?:transact|send)|we buy|we sell|buy|sell|price',
  },
  es: {
    free: 'sin (?:comisi[oó]n(?:es)?|cargos?|costo)|gratis',
    fee: 'comisi[oó]n(?:es)?|cargos?|gastos|tarifas?|costo de env[ií]o',
    total: 'total(?: cobrado)?|pagas|pagar[aá]s|a pagar|cobrado',
    received: 'recib(?!os?(?!\\p{L}))\\p{L}*|beneficiario|destinatario|a entregar|a abonar',
    rate: 'tipo de cambio|tasa(?: de cambio)?|cambio',
    amount: 'env[ií]\\p{L}*|monto|importe|cantidad|giro|remesa|transferencia',
    other: 'l[ií]mites?|hasta|saldo|compra|venta|ahorr\\p{L}*|m[aá]ximo|m[ií]nimo|precio',
  },
  fr: {
    free: 'sans (?:frais|commission)|frais[ \\t]*:?[ \\t]*(?:offerts|gratuits?|aucun)|gratuit\\p{L}*',
    fee: 'frais|commission',
    total: 'total(?: pay[ée])?|payez|[àa] payer|montant total',
    received: 're[çc]oi[vt]\\p{L}*|re[çc]ue?|recev\\p{L}*|b[ée]n[ée]ficiaire|destinataire|cr[ée]dit[ée]|[àa] remettre',
    rate: 'taux(?: de change)?|cours(?: de change| appliqu[ée])?',
    amount: 'envoy\\p{L}*|envoi|montant|transfert|virement|mandat|d[ée]bit[ée]',
    other: 'plafonds?|jusqu.[àa]|solde|achat|vente|[ée]conomis\\p{L}*|prix|facture|limites?',
  },
  de: {
    free: 'geb[üu]hrenfrei|kostenlos\\p{L}*|keine geb[üu]hren?',
    fee: '\\p{L}*geb[üu]hr(?:en)?|entgelt|provision',
    total: 'gesamt\\p{L}*|zu zahlen|zahlen|total|summe',
    received: 'erh[äa]lt|erhalten|bekommt|empf[äa]ng\\p{L}*|auszahlung\\p{L}*|gutschrift',
    rate: '\\p{L}*kurs',
    amount: 'senden|sendest|sendet|gesendet\\p{L}*|\\p{L}*betrag|überweis\\p{L}*',
    other: 'limits?|bis zu|kontostand|saldo|ankauf|verkauf|preis|mwst|ersparnis|sparen|schlusskurs',
  },
  it: {
    free: 'senza commission[ei]|gratuit[oa]|gratis',
    fee: 'commission[ei]|spese|costo',
    total: 'totale(?: pagato)?|paghi|da pagare',
    received: 'ricev\\p{L}*|beneficiario|destinatario|accreditat\\p{L}*',
    rate: 'tasso(?: di cambio)?|cambio',
    amount: 'invi\\p{L}*|importo|trasferimento|bonifico|rimessa',
    other: 'limiti?|fino a|saldo|acquisto|vendita|prezzo|risparmi\\p{L}*|chiusura',
  },
  pt: {
    free: 'sem (?:taxas?|tarifas?|custos?)|isent[oa] de taxas?|gr[aá]tis',
    fee: 'taxas?(?![ \\t]+de[ \\t]+c[aâ]mbio)|tarifas?|comiss[aãõ]\\p{L}*|custos?',
    total: 'total(?: pago)?|paga|a pagar',
    received: 'receb\\p{L}*|benefici[aá]rio|destinat[aá]rio|a receber',
    rate: 'taxa de c[aâ]mbio|c[aâ]mbio|cota[cç][aã]o',
    amount: 'envi\\p{L}*|valor|montante|transfer\\p{L}*|remessa|vale',
    other: 'limites?|at[ée]|saldo|compra|venda|pre[cç]o|iof|juros|economi\\p{L}*|fechamento',
  },
  ar: {
    free: 'مجان[\\p{L}\\p{M}]*|بدون رسوم|بلا رسوم',
    fee: '(?:ال)?رسوم|(?:ال)?عمولة|(?:ال)?مصاريف',
    total: '(?:ال)?إجمالي|(?:ال)?اجمالي|(?:ال)?مجموع',
    received: '(?:ال)?مستلم|يستلم[\\p{L}\\p{M}]*|تستلم|(?:ال)?مستفيد|يحصل|سيصل|تصل',
    rate: 'سعر الصرف|سعر التحويل',
    amount: '(?:ال)?مبلغ|قيمة الحوالة|ترسل|أرسلت|(?:ال)?مرسل|(?:ال)?محول|إرسال|(?:ال)?تحويل|حولت',
    other: 'حدود|حتى|(?:ال)?رصيد|شراء|بيع|(?:ال)?سعر',
  },
  zh: {
    free: '免手续费|免手續費|免费|免費|零手续费|零手續費',
    fee: '手续费|手續費|费用|費用|服务费|服務費',
    total: '合计|合計|总计|總計|总额|總額|扣款金额|扣款金額',
    received: '收到|到账|到賬|收款|入账|入賬',
    rate: '汇率|匯率',
    amount: '汇款金额|匯款金額|汇出|匯出|汇款|匯款|发送|發送|转账|轉賬|金额|金額',
    other: '限额|限額|最多|最高|买入|買入|卖出|賣出|余额|餘額|價格|价格|收盘|收盤',
  },
  hi: {
    free: 'निःशुल्क|नि:शुल्क|मुफ़्त|मुफ्त',
    fee: 'शुल्क|फ़ीस|फीस|प्रभार',
    total: 'कुल',
    received: 'प्राप्त[\\p{L}\\p{M}]*|मिल[\\p{L}\\p{M}]*|लाभार्थी',
    rate: 'विनिमय दर|दर',
    amount: 'भेज[\\p{L}\\p{M}]*|प्रेषित|प्रेषण|राशि|ट्रांसफ़?र',
    other: 'सीमा|तक|शेष|ख़रीद|खरीद|बिक्री|बचत|कीमत|क़ीमत|मूल्य',
  },
  tl: {
    free: 'libre|walang (?:bayad|singil)',
    fee: 'bayad|bayarin|singil|serbisyo',
    total: 'kabuuang bayad|kabuuan\\p{L}*',
    received: 'matatanggap|natanggap|tatanggap\\p{L}*|benepisyaryo',
    rate: 'palitan',
    amount: 'ipapadala|ipinadala|magpapadala|naipadala|padala|halaga\\p{L}*',
    other: 'balanse|limitasyon|hanggang',
  },
};

/** Words that put a text in a transfer context (a lone figure needs one of them to be a quote). */
const TRANSFER_WORDS: Readonly<Record<QuoteLang, string>> = {
  en: 'send(?:s|ing)?|sent|transfer\\p{L}*|remit\\p{L}*|wire|recipient|beneficiary|receiver|money order',
  es: 'env[ií]\\p{L}*|transferencia|giro|remesa|beneficiario|destinatario',
  fr: 'envo[iy]\\p{L}*|transfert|virement|mandat|b[ée]n[ée]ficiaire|destinataire',
  de: 'send\\p{L}*|gesendet|\\p{L}*überweis\\p{L}*|geldtransfer|empf[äa]nger',
  it: 'invi\\p{L}*|trasferimento|bonifico|rimessa|beneficiario|destinatario',
  pt: 'envi\\p{L}*|transfer\\p{L}*|remessa|vale postal|benefici[aá]rio|destinat[aá]rio',
  ar: 'حوال[\\p{L}\\p{M}]*|تحويل|ترسل|أرسلت|إرسال|(?:ال)?مستفيد|(?:ال)?مستلم',
  zh: '汇款|匯款|转账|轉賬|汇出|匯出|收款人|跨境',
  hi: 'भेज[\\p{L}\\p{M}]*|ट्रांसफ़?र|प्रेषण|प्रेषित|अंतरण|प्राप्तकर्ता|लाभार्थी',
  tl: 'padala|ipadala|ipinadala|magpapadala|naipadala|natanggap mo|tatanggap|benepisyaryo',
};

/**
 * Letters and combining marks of the scripts quotes are written in (Latin,
 * Greek, Cyrillic, Arabic, Devanagari, kana, CJK, Hangul), spelled as ranges:
 * a regular expression with `\p{L}` and the `u` and `i` flags costs V8 about
 * 2 ms to compile, and there are seventy label patterns, compiled on the
 * first selection a user checks.
 */
export const LETTER = 'a-zA-Z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff' +
  '\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u097f\u1e00-\u1eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af';
const W = `[${LETTER}]`;
const plain = (pattern: string): string => pattern.split('[\\p{L}\\p{M}]').join(W).split('\\p{L}').join(W);

/** Letters a word may not touch. Arabic words may carry a one-letter prefix (و، ب، ل، ف) and a pronoun suffix (رصيدك, "your balance"). */
const wrap = (lang: QuoteLang, pattern: string): string =>
  lang === 'zh'
    ? `(?:${plain(pattern)})`
    : lang === 'ar'
      ? `(?<!${W})[وبلف]?(?:${plain(pattern)})(?:ك|كم|ي|ه|ها|نا)?(?!${W})`
      : `(?<![${LETTER}0-9])(?:${plain(pattern)})(?!${W})`;

export interface CompiledLabel {
  readonly kind: LabelKind;
  readonly lang: QuoteLang;
  readonly re: RegExp;
}

let compiled: readonly CompiledLabel[] | undefined;

/** Every label pattern, compiled once (global, case-insensitive, Unicode). */
export function labelPatterns(): readonly CompiledLabel[] {
  if (!compiled) {
    const defs: LabelDef[] = [];
    for (const [lang, table] of Object.entries(TABLES) as [QuoteLang, Table][]) {
      for (const [kind, pattern] of Object.entries(table) as [LabelKind, string][]) defs.push({ kind, lang, pattern });
    }
    compiled = defs.map((d) => ({ kind: d.kind, lang: d.lang, re: new RegExp(wrap(d.lang, d.pattern), 'gi') }));
  }
  return compiled;
}

let transferRe: RegExp | undefined;

/** Whether the text has a word that makes it about a transfer. */
export function hasTransferWord(text: string): boolean {
  transferRe ??= new RegExp(
    (Object.entries(TRANSFER_WORDS) as [QuoteLang, string][]).map(([lang, p]) => wrap(lang, p)).join('|'),
    'i',
  );
  return transferRe.test(text);
}

const monthNames = new Map<QuoteLang, ReadonlySet<string>>();

/**
 * Month names, long and short, lower case, from `Intl.DateTimeFormat`, in the
 * languages given: a figure next to one is a date ("Sent on 14 March", "14 de
 * marzo", "March 14, 2026", "14. März"), never an amount. Built per language on
 * first use (a formatter costs milliseconds on a slow phone). Chinese writes
 * months with digits (3月), which the figure's own rules already drop.
 */
export function isMonthName(word: string, langs: Iterable<QuoteLang>): boolean {
  if (word.length < 3) return false;
  const lower = word.toLowerCase();
  for (const lang of langs) {
    let names = monthNames.get(lang);
    if (!names) {
      const set = new Set<string>();
      if (lang !== 'zh') {
        for (const month of ['long', 'short'] as const) {
          try {
            const f = new Intl.DateTimeFormat(lang === 'tl' ? 'fil' : lang, { month, timeZone: 'UTC' });
            for (let m = 0; m < 12; m++) set.add(f.format(Date.UTC(2026, m, 15)).replace(/\.$/, '').toLowerCase());
          } catch {
            // A runtime without that locale reads the other languages' months.
          }
        }
      }
      names = set;
      monthNames.set(lang, names);
    }
    if (names.has(lower)) return true;
  }
  return false;
}
