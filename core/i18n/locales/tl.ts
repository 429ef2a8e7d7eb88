import type { Messages } from '../messages.ts';
/** Tagalog (Filipino) messages. Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28). */
export const tl: Messages = {
  language_name: 'Tagalog',

  // Views and tabs
  tab_compare: 'Paghambingin ang mga paraan',
  tab_quote: 'Suriin ang alok',
  tab_progress: 'Pag-usad',
  widget_label: 'Gastos sa pagpapadala ng pera mula {from} papuntang {to}',
  title_compare: 'Pagpapadala ng {amount} mula {from} papuntang {to}',
  title_quote: 'Suriin ang alok',

  // Inputs
  label_from: 'Mula sa',
  label_to: 'Papunta sa',
  label_amount: 'Halagang ipapadala ninyo ({currency})',
  label_per_year: 'Ilang padala bawat taon',
  label_fee: 'Singil ({currency})',
  label_rate: 'Palitang inalok sa inyo: 1 {send} =',
  label_mid_rate: 'Palitan sa mid-market rate: 1 {send} =',
  label_fee_mode: 'Paano binabayaran ang singil?',
  fee_on_top: 'Idinadagdag sa halaga',
  fee_included: 'Ibinabawas sa halaga',
  label_language: 'Wika',
  label_theme: 'Tema',
  theme_light: 'Maliwanag',
  theme_dark: 'Madilim',
  theme_auto: 'Kapareho ng inyong device',
  hint_mid_rate: 'Ang mid-market rate ay ang palitang ginagamit ng mga bangko sa isa’t isa; hanapin ang “{send} to {receive}” para makita ang palitan ngayong araw.',
  hint_mid_rate_prefilled: 'Kinuha ito sa tekstong pinili ninyo sa pahina. Suriin muna bago pagkatiwalaan ang resulta.',

  // Channels (RPW firm types)
  channel_bank: 'Mga bangko',
  channel_mto: 'Mga kompanya ng padala ng pera',
  channel_post_office: 'Mga tanggapan ng koreo',
  channel_mobile_operator: 'Mga kompanya ng cellphone',

  // Compare table
  col_channel: 'Paraan',
  col_cost_pct: 'Gastos',
  col_cost_money: 'Gastos sa padalang ito',
  col_received: 'Darating (halaga sa {currency})',
  estimated: 'tantiya',
  estimate_note: 'Mga tantiya: ang karaniwang gastos sa rutang ito, inayon sa kung gaano kamahal o kamura ang paraang ito kumpara sa pandaigdigang karaniwan sa pinakamalapit na quarter (tatlong buwan) na may datos para sa bawat paraan (mga bangko {bankPeriod}, mga kompanya ng cellphone {mobilePeriod}).',
  measured: 'sinukat',
  corridor_average: 'Karaniwang gastos sa rutang ito: {pct} ({period})',
  corridor_average_computed: 'kinuwenta mula sa datos ng RPW, karaniwan ng lahat ng serbisyo',
  corridor_average_official: 'opisyal na karaniwan ng RPW para sa rutang ito',
  price_point: 'Ang mga numero ng RPW ay para sa pagpapadala ng katumbas ng USD {usd}; kadalasang pirmi ang singil, kaya mas malaking bahagi ang napupunta rito kapag maliit ang halaga.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: 'Target na 5% (G8 “5x5”; hangganan ng SDG 10.c para sa anumang ruta)',
  target_3: 'Target na 3% (SDG 10.c, pagsapit ng 2030)',
  verdict_above_5: 'Higit sa 5%: mas mahal kaysa nararapat sa anumang ruta ayon sa SDG 10.c.',
  verdict_between: 'Sa pagitan ng 3% at 5%: mababa sa hangganang 5%, pero mataas sa target na 3%.',
  verdict_below_3: '3% o mas mababa: abot ang target ng SDG 10.c.',
  verdict_negative: 'Mas mababa sa zero: mas maganda ang palitan kaysa sa mid-market rate. Suriin ang mga numero.',
  verdict_vs_average_lower: 'Mas mura kaysa sa karaniwan sa rutang ito na {pct}.',
  verdict_vs_average_higher: 'Mas mahal kaysa sa karaniwan sa rutang ito na {pct}.',
  verdict_vs_average_same: 'Halos kapareho ng karaniwan sa rutang ito na {pct}.',

  // Quote results
  result_total: 'Kabuuang gastos',
  result_fee: 'Singil',
  result_fx_margin: 'Nakatagong patong sa palitan',
  result_paid: 'Babayaran ninyo',
  result_received: 'Darating',
  result_at_mid: 'Sa mid-market rate, ang {amount} ay katumbas ng',
  result_lost: 'Nawala sa singil at patong',
  quote_prompt: 'Pakilagay ang alok na ibinigay sa inyo ng kompanya.',
  quote_from_selection: 'Nabasa mula sa tekstong pinili ninyo: {fields}. Pakipunan ang iba pa.',

  // Yearly cost and savings
  yearly_title: 'Sa loob ng isang taon: {count} padala na {amount} bawat isa',
  yearly_now: 'Gastos ngayon',
  yearly_at_5: 'Gastos kung 5%',
  yearly_at_3: 'Gastos kung 3%',
  yearly_save_5: 'Matitipid kung 5%',
  yearly_save_3: 'Matitipid kung 3%',
  yearly_already_below: 'mas mababa na',

  // Data and sources
  source_line: 'Pinagmulan: World Bank, Remittance Prices Worldwide, CC BY 4.0 ({period})',
  data_quarter: 'Datos para sa {period}',
  loading: 'Naglo-load…',

  // Messages about bad input
  error_amount_invalid: 'Pakilagay ang halaga bilang numero, halimbawa 200.',
  error_amount_not_positive: 'Dapat mas malaki sa zero ang halaga.',
  error_amount_too_large: 'Masyadong malaki ang halagang iyan para suriin.',
  error_fee_invalid: 'Pakilagay ang singil bilang numero, halimbawa 4.99 (0 kung walang singil).',
  error_fee_negative: 'Hindi puwedeng mas mababa sa zero ang singil.',
  error_fee_not_below_amount: 'Kapag ibinabawas ang singil sa halaga, dapat mas maliit ito kaysa sa halaga.',
  error_fee_mode: 'Piliin kung idinadagdag ang singil o ibinabawas sa halaga.',
  error_rate_invalid: 'Pakilagay ang palitang inalok sa inyo bilang numerong higit sa zero, halimbawa 17.05.',
  error_mid_rate_invalid: 'Pakilagay ang mid-market rate bilang numerong higit sa zero, halimbawa 17.60.',
  error_country_unknown: 'Hindi kilala ang code ng bansa na “{code}”. Gumamit ng code tulad ng US o MEX.',
  error_corridor_unknown: 'Walang datos ng presyo para sa pagpapadala mula {from} papuntang {to}.',
  error_period_unavailable: 'Walang numero para sa {period} sa rutang ito.',
  error_per_year_invalid: 'Ang bilang ng padala bawat taon ay dapat buong numero mula 1 hanggang 365.',
  error_lang_unknown: 'Wala pang wikang “{lang}”, kaya nasa {language} ito.',
  error_view_unknown: 'Hindi kilala ang pahinang “{view}”, kaya ang paghahambing ang ipinapakita.',
  error_theme_unknown: 'Hindi kilala ang temang “{theme}”, kaya maliwanag na tema ang gamit.',
  error_storage_reset: 'Hindi mabasa ang mga setting na inyong na-save, kaya ibinalik ang mga orihinal na setting.',
  error_data_load: 'May datos na hindi ma-load; ipinapakita ang mga numerong kasama na sa pahinang ito.',
  keeping_last: 'Ipinapakita ang mga huling tamang numero.',

  // Reading a quote from selected text (extension)
  quote_parse_empty: 'Piliin muna ang teksto ng isang alok.',
  quote_parse_nothing_found: 'Walang nabasang halaga, singil o palitan sa napiling teksto.',
  quote_parse_too_long: 'Masyadong mahaba ang napili. Ang alok lang ang piliin.',
  quote_parse_ambiguous: 'May ilang magkakaibang palitan sa napili. Isang alok lang ang piliin.',
  field_amount: "halaga",
  field_fee: "bayad",
  field_rate: "palitan ng pera",
  field_currencies: "mga pera",
  mid_rate_not_in_data: "Walang mid-market rate ang datos na ito, kaya pakisulat ninyo ang rate ngayong araw.",
  settings_title: "Mga setting",
  settings_saved: "Nai-save. Bubukas ang popup gamit ang mga piniling ito.",
  label_default_corridor: "Karaniwang ruta",
  open_settings: "Mga setting",
  dismiss: "Isara",
};
export default tl;
