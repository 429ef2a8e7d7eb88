import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MAX_QUOTE_TEXT,
  MAX_QUOTE_VALUE,
  parseQuote,
  type ParsedQuote,
  type ParseQuoteError,
  type ParseQuoteHints,
  type ParseQuoteResult,
} from '../../core/parse-quote/index.ts';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly hints?: ParseQuoteHints;
  readonly expected: ParseQuoteResult;
}

const ok = (quote: ParsedQuote): ParseQuoteResult => ({ ok: true, quote });
const refused = (error: ParseQuoteError): ParseQuoteResult => ({ ok: false, error });

const NNBSP = '\u202f'; // what `Intl` and French pages put between thousands
const NBSP = '\u00a0';

// Quotes as they come out of a selection on provider pages: labels and values
// on separate lines where the page lays them out in boxes, bullets and pipes
// where it lays them out in a row.
const CASES: readonly Case[] = [
  {
    name: 'Western Union: label above value, rate with the currency name and code in parentheses',
    text:
      'Transfer amount\n200.00 USD\nTransfer fee\n+ 5.00 USD\nTotal\n205.00 USD\n' +
      'Exchange rate\n1.00 USD = 17.0500 Mexican Peso (MXN)\nTotal to receiver\n3,410.00 MXN',
    expected: ok({ amount: 200, fee: 5, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', received: 3410, missing: [] }),
  },
  {
    name: 'Wise: currency on its own line, fees included, "we\'ll convert" and "(24h)" not taken',
    text:
      'You send exactly\n1,000.00\nUSD\nRecipient gets\n16,890.12\nMXN\nTotal fees (included)\n7.33 USD\n' +
      "We'll convert\n992.67 USD\nGuaranteed rate (24h)\n17.0155",
    expected: ok({
      amount: 1000, fee: 7.33, rate: 17.0155, sendCurrency: 'USD', receiveCurrency: 'MXN', received: 16890.12, missing: [],
    }),
  },
  {
    name: 'Remitly: bare $ everywhere and no USD in the text, so the send currency is asked for',
    text: 'You send\n$500.00\nRecipient gets\n8,525.00 MXN\nExchange rate\n$1 = 17.05 MXN\nTransfer fee\n$3.99\nTotal cost\n$503.99',
    expected: ok({ amount: 500, fee: 3.99, rate: 17.05, receiveCurrency: 'MXN', received: 8525, missing: ['sendCurrency'] }),
  },
  {
    name: 'Remitly with an en-US locale hint: $ is USD',
    text: 'You send\n$500.00\nRecipient gets\n8,525.00 MXN\nExchange rate\n$1 = 17.05 MXN\nTransfer fee\n$3.99',
    hints: { locale: 'en-US' },
    expected: ok({ amount: 500, fee: 3.99, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', received: 8525, missing: [] }),
  },
  {
    name: 'MoneyGram: one row with pipes',
    text: 'Send amount: 200.00 USD | Fee: 7.99 USD | Exchange rate: 1 USD = 17.0200 MXN | Receive amount: 3,404.00 MXN | Total: 207.99 USD',
    expected: ok({ amount: 200, fee: 7.99, rate: 17.02, sendCurrency: 'USD', receiveCurrency: 'MXN', received: 3404, missing: [] }),
  },
  {
    name: 'Xoom: "$300.00 USD" and ₱',
    text: 'You send $300.00 USD\nFee $4.99\nExchange Rate 1 USD = 56.1200 PHP\nRecipient gets ₱16,836.00',
    expected: ok({ amount: 300, fee: 4.99, rate: 56.12, sendCurrency: 'USD', receiveCurrency: 'PHP', received: 16836, missing: [] }),
  },
  {
    name: 'WorldRemit: bullets, GBP to INR',
    text: 'You send 200.00 GBP · Fees 1.99 GBP · Exchange rate 1 GBP = 104.5000 INR · They receive 20,900.00 INR',
    expected: ok({ amount: 200, fee: 1.99, rate: 104.5, sendCurrency: 'GBP', receiveCurrency: 'INR', received: 20900, missing: [] }),
  },
  {
    name: 'Bank wire: $ settled by the USD amount',
    text: 'Wire transfer fee: $45.00\nExchange rate: 1 USD = 0.9215 EUR\nAmount: 10,000.00 USD',
    expected: ok({ amount: 10000, fee: 45, rate: 0.9215, sendCurrency: 'USD', receiveCurrency: 'EUR', missing: [] }),
  },
  {
    name: 'fee with $ and a rate: $ is the USD of the rate',
    text: 'Fee: $4.99 · 1 USD = 17.0500 MXN',
    expected: ok({ fee: 4.99, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount'] }),
  },
  {
    name: 'fee alone, code after',
    text: 'Transfer fee 4.99 USD',
    expected: ok({ fee: 4.99, sendCurrency: 'USD', missing: ['amount', 'rate', 'receiveCurrency'] }),
  },
  {
    name: 'a rate with a transfer word',
    text: 'Transfer rate: 1 USD = 17.05 MXN',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: 'rate with decimals on the 1',
    text: 'Send money at 1.00 USD = 17.0500 MXN',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: 'labelled rate GBP to INR',
    text: 'Money transfer exchange rate: 1 GBP = 104.50 INR',
    expected: ok({ rate: 104.5, sendCurrency: 'GBP', receiveCurrency: 'INR', missing: ['amount', 'fee'] }),
  },
  {
    name: 'MX$ with a send label is an amount in MXN, not a rate',
    text: 'You send MX$17.05',
    expected: ok({ amount: 17.05, sendCurrency: 'MXN', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: 'MX$ after "$1 USD =" is the rate',
    text: 'Transfer rate $1 USD = MX$17.05',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: 'MX$ under "1 USD" without "=" is the rate',
    text: 'Remittances to Mexico\n1 USD\nMX$17.05',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: 'MX$ with USD being sent is what arrives',
    text: 'Recipient gets MX$3,410.00',
    hints: { sendCurrency: 'USD' },
    expected: ok({ sendCurrency: 'USD', receiveCurrency: 'MXN', received: 3410, missing: ['amount', 'fee', 'rate'] }),
  },
  {
    name: 'comma decimal, € after',
    text: 'Transfer fee 4,99 €',
    expected: ok({ fee: 4.99, sendCurrency: 'EUR', missing: ['amount', 'rate', 'receiveCurrency'] }),
  },
  {
    name: '€ before, no label, next to what arrives: the amount sent',
    text: 'Remittance: €4.99 → ₱310.00',
    expected: ok({ amount: 4.99, sendCurrency: 'EUR', receiveCurrency: 'PHP', received: 310, missing: ['fee', 'rate'] }),
  },
  {
    name: 'comma thousands, dot decimal',
    text: 'You send 1,000.00 USD',
    expected: ok({ amount: 1000, sendCurrency: 'USD', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: '1,000 alone is a thousand in English',
    text: 'You send 1,000 USD',
    expected: ok({ amount: 1000, sendCurrency: 'USD', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: 'French: narrow no-break space thousands, comma decimal',
    text: `Vous envoyez 1${NNBSP}000,00 EUR`,
    expected: ok({ amount: 1000, sendCurrency: 'EUR', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: 'German: dot thousands, comma decimal',
    text: 'Sie senden 1.000,00 €',
    expected: ok({ amount: 1000, sendCurrency: 'EUR', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: 'German row: 1.000 is a thousand because the other figures use comma decimals',
    text: 'Sie senden 1.000 € · Gebühr 2,50 € · Wechselkurs 1 EUR = 1,0845 USD · Empfänger erhält 1.084,50 USD',
    expected: ok({ amount: 1000, fee: 2.5, rate: 1.0845, sendCurrency: 'EUR', receiveCurrency: 'USD', received: 1084.5, missing: [] }),
  },
  {
    name: 'received alone',
    text: 'Recipient gets 3,410.00 MXN',
    expected: ok({ receiveCurrency: 'MXN', received: 3410, missing: ['amount', 'fee', 'rate', 'sendCurrency'] }),
  },
  {
    name: '"0 fee" (label after the figure)',
    text: '0 fee · 1 USD = 17.05 MXN',
    expected: ok({ fee: 0, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount'] }),
  },
  {
    name: 'promo "No fee" with a rate',
    text: 'Remitly Economy\nNo fee on your first transfer\n1 USD = 17.05 MXN\nArrives in 3-5 business days',
    expected: ok({ fee: 0, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount'] }),
  },
  {
    name: '"Fee: free"',
    text: 'Transfer fee: free',
    expected: ok({ fee: 0, missing: ['amount', 'rate', 'sendCurrency', 'receiveCurrency'] }),
  },
  {
    name: 'bare labelled rate',
    text: 'Transfer rate: 17.05',
    expected: ok({ rate: 17.05, missing: ['amount', 'fee', 'sendCurrency', 'receiveCurrency'] }),
  },
  {
    name: 'arrow rate',
    text: 'Sending 1 EUR → 1.0845 USD',
    expected: ok({ rate: 1.0845, sendCurrency: 'EUR', receiveCurrency: 'USD', missing: ['amount', 'fee'] }),
  },
  {
    name: 'codes before the figures',
    text: 'Remittance rate USD 1 = PHP 56.12',
    expected: ok({ rate: 56.12, sendCurrency: 'USD', receiveCurrency: 'PHP', missing: ['amount', 'fee'] }),
  },
  {
    name: 'Spanish (Mexico), dot decimals, $ settled by the codes',
    text: 'Tasa de cambio: 1 USD = 17.05 MXN\nComisión: $0.00\nEnvías: $500.00 USD\nRecibe: $8,525.00 MXN',
    expected: ok({ amount: 500, fee: 0, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', received: 8525, missing: [] }),
  },
  {
    name: 'Spanish (Spain), comma decimals',
    text: 'Envías 200,00 EUR · Comisión 3,99 EUR · Tipo de cambio 1 EUR = 19,85 MXN · Recibe 3.970,00 MXN',
    expected: ok({ amount: 200, fee: 3.99, rate: 19.85, sendCurrency: 'EUR', receiveCurrency: 'MXN', received: 3970, missing: [] }),
  },
  {
    name: 'Brazil: R$',
    text: 'Você envia R$ 1.000,00 · Tarifa R$ 19,90 · Câmbio 1 BRL = 0,1745 USD',
    expected: ok({ amount: 1000, fee: 19.9, rate: 0.1745, sendCurrency: 'BRL', receiveCurrency: 'USD', missing: [] }),
  },
  {
    name: 'UK to Nigeria: £ and ₦, fee FREE',
    text: 'You send £150.00 · Rate: £1 = ₦1,950.00 · They get ₦292,500.00 · Fee: FREE',
    expected: ok({ amount: 150, fee: 0, rate: 1950, sendCurrency: 'GBP', receiveCurrency: 'NGN', received: 292500, missing: [] }),
  },
  {
    name: 'France to Senegal: 655,957 is a decimal in French text',
    text: `Frais : 0 € · Taux de change : 1 EUR = 655,957 XOF · Le destinataire reçoit 327${NBSP}978 XOF`,
    expected: ok({ fee: 0, rate: 655.957, sendCurrency: 'EUR', receiveCurrency: 'XOF', received: 327978, missing: ['amount'] }),
  },
  {
    name: 'Indian grouping and ₹',
    text: 'You send 1,000.00 GBP\nRecipient gets ₹1,04,500.00',
    expected: ok({ amount: 1000, sendCurrency: 'GBP', receiveCurrency: 'INR', received: 104500, missing: ['fee', 'rate'] }),
  },
  {
    name: 'rate printed the other way round is inverted',
    text: 'You send 200 USD · 1 MXN = 0.0587 USD',
    expected: ok({ amount: 200, rate: 17.0358, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['fee'] }),
  },
  {
    name: 'both directions printed and consistent',
    text: 'Transfer rate\n1 USD = 17.05 MXN\n1 MXN = 0.0587 USD',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: '¥ settled by the JPY of the rate',
    text: 'Fee ¥880 · 1 JPY = 0.3718 PHP',
    expected: ok({ fee: 880, rate: 0.3718, sendCurrency: 'JPY', receiveCurrency: 'PHP', missing: ['amount'] }),
  },
  {
    name: '¥ alone stays unsettled (JPY or CNY)',
    text: 'You send ¥30,000',
    expected: ok({ amount: 30000, missing: ['fee', 'rate', 'sendCurrency', 'receiveCurrency'] }),
  },
  {
    name: '¥ settled by a Japanese locale',
    text: 'You send ¥30,000',
    hints: { locale: 'ja-JP' },
    expected: ok({ amount: 30000, sendCurrency: 'JPY', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: '$ settled by the send-currency hint',
    text: 'Fee $2.99 · You send $500.00',
    hints: { sendCurrency: 'CAD' },
    expected: ok({ amount: 500, fee: 2.99, sendCurrency: 'CAD', missing: ['rate', 'receiveCurrency'] }),
  },
  {
    name: 'amount and arrival with an arrow is not a rate',
    text: 'Remittance: $200 → ₱11,224.00',
    expected: ok({ amount: 200, receiveCurrency: 'PHP', received: 11224, missing: ['fee', 'rate', 'sendCurrency'] }),
  },
  {
    name: '"MXN per USD" rate',
    text: 'Our transfer rate: 17.05 MXN per USD',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: 'fee charged in the receive currency',
    text: 'You send 200.00 USD\nFee 50.00 MXN\n1 USD = 17.05 MXN',
    expected: ok({ amount: 200, fee: 50, feeCurrency: 'MXN', rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: [] }),
  },
  {
    name: 'Swiss apostrophe thousands',
    text: "Überweisung CHF 1'000.00 · Gebühr CHF 9.90",
    expected: ok({ amount: 1000, fee: 9.9, sendCurrency: 'CHF', missing: ['rate', 'receiveCurrency'] }),
  },
  {
    name: 'shouting page, label after the rate line',
    text: 'EXCHANGE RATE 1 USD = 17.0500 MXN\nTRANSFER FEE $4.99\nTOTAL $204.99',
    expected: ok({ fee: 4.99, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount'] }),
  },
  {
    name: 'hints fill currencies the text leaves out',
    text: 'Transfer fee 4.99',
    hints: { sendCurrency: 'usd', receiveCurrency: 'MXN' },
    expected: ok({ fee: 4.99, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'rate'] }),
  },
  {
    name: '1.000 with a German locale and nothing else to go by (Spanish labels do not vote) is a thousand',
    text: 'Envío 1.000 EUR',
    hints: { locale: 'de-DE' },
    expected: ok({ amount: 1000, sendCurrency: 'EUR', missing: ['fee', 'rate', 'receiveCurrency'] }),
  },
  {
    name: 'dates, durations and savings are not figures of the quote',
    text: 'Send to Mexico · Exchange rate 1 USD = 17.05 MXN, valid until 12/05/2026\nRate guaranteed for 24 hours\nYou save $5.00 vs. your bank',
    expected: ok({ rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount', 'fee'] }),
  },
  {
    name: 'footnote marks are not figures',
    text: 'Fee² $4.99 · Exchange rate¹ 1 USD = 17.05 MXN',
    expected: ok({ fee: 4.99, rate: 17.05, sendCurrency: 'USD', receiveCurrency: 'MXN', missing: ['amount'] }),
  },

  // The classes of issue 12: what a migrant copies from a receipt, an e-mail or a text message.
  {
    name: 'bank wire copied with tabs: the labels\' currencies decide, not the first figure with a code',
    text: 'Amount (USD)\t$2,500.00\nExchange rate (EUR)\t0.9182\nRecipient amount (EUR)\t€2,295.50',
    expected: ok({ amount: 2500, rate: 0.9182, sendCurrency: 'USD', receiveCurrency: 'EUR', received: 2295.5, missing: ['fee'] }),
  },
  {
    name: 'GH₵, the cedi as Intl writes it',
    text: 'You send £100.00 · Recipient gets GH₵1,852.40',
    expected: ok({ amount: 100, sendCurrency: 'GBP', receiveCurrency: 'GHS', received: 1852.4, missing: ['fee', 'rate'] }),
  },
  {
    name: 'M-Pesa text message: the phone number is not the amount, the balance is not either',
    text: 'SCK4H7LQ2P Confirmed. Ksh5,000.00 sent to JOHN KAMAU 0712345678 on 14/3/26 at 10:32 AM. New M-PESA balance is Ksh12,340.50. Transaction cost, Ksh33.00.',
    expected: ok({ amount: 5000, fee: 33, sendCurrency: 'KES', missing: ['rate', 'receiveCurrency'] }),
  },
  {
    name: 'promotion: the crossed-out fee copied before the one that applies',
    text: 'You send\n$500.00 USD\nFee\n$3.99 $0.00\nExchange rate\n$1 = ₱56.12',
    expected: ok({ amount: 500, fee: 0, rate: 56.12, sendCurrency: 'USD', receiveCurrency: 'PHP', missing: [] }),
  },
  {
    name: 'Italian singular fee word',
    text: 'Invii 100,00 € · Commissione 2,50 €',
    expected: ok({ amount: 100, fee: 2.5, sendCurrency: 'EUR', missing: ['rate', 'receiveCurrency'] }),
  },
  {
    name: 'Spanish receipt: the amount to the beneficiary',
    text: 'Monto de la transferencia: 250.00 USD\nMonto a pagar al beneficiario: 1,920.00 GTQ',
    expected: ok({ amount: 250, sendCurrency: 'USD', receiveCurrency: 'GTQ', received: 1920, missing: ['fee', 'rate'] }),
  },
  {
    name: 'French receipt: the amount to hand to the beneficiary',
    text: 'Montant envoyé : 250,00 EUR\nMontant à remettre au bénéficiaire : 2 697,50 MAD',
    expected: ok({ amount: 250, sendCurrency: 'EUR', receiveCurrency: 'MAD', received: 2697.5, missing: ['fee', 'rate'] }),
  },
  {
    name: 'Arabic labels',
    text: 'أنت ترسل: 500.00 AED | الرسوم: 16.00 AED | سعر الصرف: 1 AED = 22.65 INR',
    expected: ok({ amount: 500, fee: 16, rate: 22.65, sendCurrency: 'AED', receiveCurrency: 'INR', missing: [] }),
  },
  {
    name: 'Arabic-Indic digits',
    text: 'المبلغ المرسل: ١٬٥٠٠٫٠٠ SAR\nالرسوم: ١٥٫٠٠ SAR',
    expected: ok({ amount: 1500, fee: 15, sendCurrency: 'SAR', missing: ['rate', 'receiveCurrency'] }),
  },
  {
    name: 'Hindi labels, Devanagari digits',
    text: 'आप भेजते हैं: ५००.०० USD · शुल्क: ५.०० USD',
    expected: ok({ amount: 500, fee: 5, sendCurrency: 'USD', missing: ['rate', 'receiveCurrency'] }),
  },
  {
    name: 'Tagalog labels',
    text: 'Ipapadala mo: 200.00 USD · Bayad: 2.99 USD · Matatanggap nila: 11,224.00 PHP',
    expected: ok({ amount: 200, fee: 2.99, sendCurrency: 'USD', receiveCurrency: 'PHP', received: 11224, missing: ['rate'] }),
  },
  {
    name: 'Chinese labels and full-width punctuation',
    text: '汇款金额：300.00 USD，手续费：5.99 USD，汇率：1 USD = 7.185 CNY',
    expected: ok({ amount: 300, fee: 5.99, rate: 7.185, sendCurrency: 'USD', receiveCurrency: 'CNY', missing: [] }),
  },

  // Refused.
  // Not quotes: a figure with a currency is not enough without a transfer context.
  { name: 'a lone price', text: '€4.99', expected: refused('quote_parse_nothing_found') },
  { name: 'a lone figure in a sign that names one currency', text: 'MX$17.05', expected: refused('quote_parse_nothing_found') },
  { name: 'a lone rate without a transfer word', text: '1 USD = 17.05 MXN', expected: refused('quote_parse_nothing_found') },
  { name: 'a lone fee without a transfer word (shipping, a bill)', text: 'Fee 4,99 €', expected: refused('quote_parse_nothing_found') },
  {
    name: 'a rate board',
    text: 'Today\'s rates\nUSD/MXN 17.05\nUSD/GTQ 7.72\nUSD/PHP 56.12',
    expected: refused('quote_parse_nothing_found'),
  },
  {
    name: 'a tracking receipt: the date is not the amount',
    text: 'Track your transfer\nMTCN 482 915 3306\nSent on 14 March 2026\nStatus: Available for pickup',
    expected: refused('quote_parse_nothing_found'),
  },
  { name: 'a sending limit', text: 'Send up to $2,999 per day', expected: refused('quote_parse_nothing_found') },
  {
    name: 'a phone\'s price and its order date',
    text: 'Apple iPhone 15, 128 GB\n$799.00\nOrdered on March 3, 2026',
    expected: refused('quote_parse_nothing_found'),
  },
  {
    name: 'a share price with its daily change',
    text: 'Western Union Co (WU) $8.52 USD −0.07 (−0.81%)',
    expected: refused('quote_parse_nothing_found'),
  },
  { name: 'empty', text: '', expected: refused('quote_parse_empty') },
  { name: 'whitespace only', text: ` \n\t${NBSP} `, expected: refused('quote_parse_empty') },
  {
    name: 'a whole page selected',
    text: 'Send money to Mexico with low fees and great rates. '.repeat(45),
    expected: refused('quote_parse_too_long'),
  },
  { name: 'no numbers', text: 'Send money to Mexico fast and safely', expected: refused('quote_parse_nothing_found') },
  { name: 'a bare number', text: '17.05', expected: refused('quote_parse_nothing_found') },
  { name: 'a pair with no figures', text: 'USD → MXN', expected: refused('quote_parse_nothing_found') },
  {
    name: 'phone number and opening hours',
    text: 'Call us at 1-800-325-6000 · Mon–Fri 8:00–20:00',
    expected: refused('quote_parse_nothing_found'),
  },
  {
    name: 'comparison table: two rates',
    text: 'Bank account: 1 USD = 17.05 MXN · Debit card: 1 USD = 16.98 MXN',
    expected: refused('quote_parse_ambiguous'),
  },
  {
    name: 'two corridors: a rate board, not a quote',
    text: '1 USD = 17.05 MXN · 1 USD = 56.12 PHP',
    expected: refused('quote_parse_nothing_found'),
  },
  {
    name: 'labelled rate disagreeing with the rate line',
    text: 'Rate: 17.05 · Exchange rate 1 USD = 17.10 MXN',
    expected: refused('quote_parse_ambiguous'),
  },
  {
    name: 'inverse rate too far from the direct one',
    text: '1 USD = 17.05 MXN\n1 MXN = 0.0500 USD',
    expected: refused('quote_parse_ambiguous'),
  },
  { name: 'negative fee', text: 'Fee: -$4.99', expected: refused('quote_parse_nothing_found') },
  { name: 'above 1e9', text: 'You send 5,000,000,000 USD', expected: refused('quote_parse_nothing_found') },
  { name: 'zero rate', text: '1 USD = 0 MXN', expected: refused('quote_parse_nothing_found') },
];

describe('parseQuote: quotes as they appear on provider pages', () => {
  it('has a table of at least 30 quotes, at least 6 refused', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => !c.expected.ok).length).toBeGreaterThanOrEqual(6);
  });

  it.each(CASES)('$name', ({ text, hints, expected }) => {
    expect(parseQuote(text, hints)).toEqual(expected);
  });
});

describe('parseQuote: limits', () => {
  it(`accepts ${MAX_QUOTE_TEXT} characters and refuses one more`, () => {
    const quote = 'Transfer fee 4.99 USD\n';
    const at = quote + 'x'.repeat(MAX_QUOTE_TEXT - quote.length);
    expect(at.length).toBe(MAX_QUOTE_TEXT);
    expect(parseQuote(at).ok).toBe(true);
    expect(parseQuote(at + 'x')).toEqual(refused('quote_parse_too_long'));
  });

  it('measures the length after trimming the selection', () => {
    expect(parseQuote(`\n\n${'Transfer fee 4.99 USD'}${' '.repeat(3000)}`).ok).toBe(true);
  });

  it('keeps a value of exactly 1e9 and refuses one above it', () => {
    expect(parseQuote('You send 1,000,000,000 USD')).toEqual(
      ok({ amount: MAX_QUOTE_VALUE, sendCurrency: 'USD', missing: ['fee', 'rate', 'receiveCurrency'] }),
    );
    expect(parseQuote('You send 1,000,000,000.01 USD')).toEqual(refused('quote_parse_nothing_found'));
  });

  it('ignores hints that are not currencies or locales', () => {
    expect(parseQuote('Transfer fee 4.99 USD', { sendCurrency: 'XYZ', receiveCurrency: 'dollars', locale: 'not a locale!!' })).toEqual(
      ok({ fee: 4.99, sendCurrency: 'USD', missing: ['amount', 'rate', 'receiveCurrency'] }),
    );
  });

  it('answers "empty" to a non-string from untyped callers', () => {
    expect(parseQuote(undefined as unknown as string)).toEqual(refused('quote_parse_empty'));
    expect(parseQuote(42 as unknown as string)).toEqual(refused('quote_parse_empty'));
  });
});

describe('parseQuote: never throws, never returns NaN or out-of-range numbers', () => {
  const pieces = [
    'Fee', 'fee', 'You send', 'Recipient gets', 'Rate', 'Total', 'No fee', 'Gebühr', 'Frais', ': ', ' ', ' ', '\n', ' · ', ' | ',
    '=', '→', '/', 'per', '-', '−', '$', 'US$', 'MX$', '€', '£', '¥', '₹', 'R$', 'USD', 'MXN', 'EUR', 'PHP', 'ALL',
    '0', '1', '1.00', '4,99', '17.05', '1,000', '1.000', '1 000', '1.000,00', '1,00,000', '999999999999', '0.0000001', '(', ')', '24h', '%',
  ];
  const quoteLike = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  const check = (result: ParseQuoteResult): void => {
    if (!result.ok) return;
    const q = result.quote;
    for (const v of [q.amount, q.fee, q.rate, q.received]) {
      if (v === undefined) continue;
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(MAX_QUOTE_VALUE);
    }
    for (const code of [q.sendCurrency, q.receiveCurrency, q.feeCurrency]) {
      if (code !== undefined) expect(code).toMatch(/^[A-Z]{3}$/);
    }
    expect(q.missing.includes('amount')).toBe(q.amount === undefined);
    expect(q.missing.includes('fee')).toBe(q.fee === undefined);
    expect(q.missing.includes('rate')).toBe(q.rate === undefined);
    expect(q.missing.includes('sendCurrency')).toBe(q.sendCurrency === undefined);
    expect(q.missing.includes('receiveCurrency')).toBe(q.receiveCurrency === undefined);
  };

  it('on quote-like text', () => {
    fc.assert(fc.property(quoteLike, (text) => check(parseQuote(text))), { numRuns: 500 });
  });

  it('on arbitrary text and hints', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.record({ locale: fc.string(), sendCurrency: fc.string(), receiveCurrency: fc.string() }, { requiredKeys: [] }),
        (text, hints) => check(parseQuote(text, hints)),
      ),
      { numRuns: 300 },
    );
  });
});
