import type { Messages } from '../messages.ts';
/** Hindi messages (Devanagari). Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28). */
export const hi: Messages = {
  language_name: 'हिन्दी',

  // Views and tabs
  tab_compare: 'पैसे भेजने के तरीकों की तुलना',
  tab_quote: 'कोटेशन जाँचें',
  tab_progress: 'प्रगति',
  widget_label: '{from} से {to} पैसे भेजने का खर्च',
  title_compare: '{from} से {to} {amount} भेजना',
  title_quote: 'कोटेशन जाँचें',

  // Inputs
  label_from: 'भेजने वाला देश',
  label_to: 'पाने वाला देश',
  label_amount: 'आप जो रकम भेजते हैं ({currency})',
  label_per_year: 'साल में कितनी बार भेजते हैं',
  label_fee: 'फ़ीस ({currency})',
  label_rate: 'आपको दिया गया एक्सचेंज रेट: 1 {send} =',
  label_mid_rate: 'मिड-मार्केट रेट: 1 {send} =',
  label_fee_mode: 'फ़ीस कैसे दी जाती है?',
  fee_on_top: 'रकम के ऊपर से जोड़ी जाती है',
  fee_included: 'रकम में से काटी जाती है',
  label_language: 'भाषा',
  label_theme: 'थीम',
  theme_light: 'हल्की',
  theme_dark: 'गहरी',
  theme_auto: 'डिवाइस के जैसी',
  hint_mid_rate: 'मिड-मार्केट रेट (mid-market rate) वह रेट है जो बैंक आपस में इस्तेमाल करते हैं; आज का रेट जानने के लिए “{send} to {receive}” खोजें।',
  hint_mid_rate_prefilled: 'यह पेज पर आपके चुने हुए टेक्स्ट से भरा गया है। नतीजे पर भरोसा करने से पहले इसे जाँच लें।',

  // Channels (RPW firm types)
  channel_bank: 'बैंक',
  channel_mto: 'मनी ट्रांसफ़र कंपनियाँ',
  channel_post_office: 'डाकघर',
  channel_mobile_operator: 'मोबाइल ऑपरेटर',

  // Compare table
  col_channel: 'तरीका',
  col_cost_pct: 'खर्च',
  col_cost_money: 'इस ट्रांसफ़र का खर्च',
  col_received: 'पहुँचने वाली रकम ({currency} में)',
  estimated: 'अनुमान',
  estimate_note: 'अनुमान: इस रास्ते का औसत खर्च, उस अनुपात से गुणा किया गया जो बताता है कि यह तरीका दुनिया के औसत से कितना सस्ता या महँगा था, उस सबसे नज़दीकी तिमाही में जिसके लिए हर तरीके के आँकड़े हैं (बैंक {bankPeriod}, मोबाइल ऑपरेटर {mobilePeriod})।',
  measured: 'मापा गया',
  corridor_average: 'इस रास्ते पर औसत खर्च: {pct} ({period})',
  corridor_average_computed: 'RPW आँकड़ों से निकाला गया, सभी सेवाओं का औसत',
  corridor_average_official: 'इस रास्ते का आधिकारिक RPW औसत',
  price_point: 'RPW के आँकड़े USD {usd} के बराबर रकम भेजने के हैं; फ़ीस अक्सर तय होती है, इसलिए छोटी रकम पर खर्च का हिस्सा ज़्यादा होता है।',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: '5% का लक्ष्य (G8 “5x5”; SDG 10.c के तहत किसी भी रास्ते की सीमा)',
  target_3: '3% का लक्ष्य (SDG 10.c, 2030 तक)',
  verdict_above_5: '5% से ज़्यादा: SDG 10.c के हिसाब से किसी भी रास्ते पर इतना खर्च नहीं होना चाहिए।',
  verdict_between: '3% और 5% के बीच: 5% की सीमा से कम, पर 3% के लक्ष्य से ज़्यादा।',
  verdict_below_3: '3% या उससे कम: SDG 10.c का लक्ष्य पूरा होता है।',
  verdict_negative: 'शून्य से कम: यह रेट मिड-मार्केट रेट से भी अच्छा है। आँकड़े जाँच लें।',
  verdict_vs_average_lower: 'इस रास्ते के औसत {pct} से सस्ता।',
  verdict_vs_average_higher: 'इस रास्ते के औसत {pct} से महँगा।',
  verdict_vs_average_same: 'लगभग इस रास्ते के औसत {pct} जितना।',

  // Quote results
  result_total: 'कुल खर्च',
  result_fee: 'फ़ीस',
  result_fx_margin: 'एक्सचेंज रेट में छिपा मार्जिन',
  result_paid: 'आप देते हैं',
  result_received: 'पहुँचता है',
  result_at_mid: 'मिड-मार्केट रेट पर {amount} के बदले मिलते',
  result_lost: 'फ़ीस और मार्जिन में गया',
  quote_prompt: 'किसी कंपनी ने आपको जो कोटेशन दिया है, उसे भरें।',
  quote_from_selection: 'आपके चुने हुए टेक्स्ट से पढ़ा गया: {fields}। कृपया बाकी भर दें।',

  // Yearly cost and savings
  yearly_title: 'एक साल में: {amount} के {count} ट्रांसफ़र',
  yearly_now: 'अभी का खर्च',
  yearly_at_5: '5% पर खर्च',
  yearly_at_3: '3% पर खर्च',
  yearly_save_5: '5% पर बचत',
  yearly_save_3: '3% पर बचत',
  yearly_already_below: 'पहले से कम',

  // Data and sources
  source_line: 'स्रोत: विश्व बैंक, Remittance Prices Worldwide, CC BY 4.0 ({period})',
  data_quarter: '{period} के आँकड़े',
  loading: 'लोड हो रहा है…',

  // Messages about bad input
  error_amount_invalid: 'रकम अंकों में लिखें, जैसे 200।',
  error_amount_not_positive: 'रकम शून्य से ज़्यादा होनी चाहिए।',
  error_amount_too_large: 'यह रकम जाँचने के लिए बहुत बड़ी है।',
  error_fee_invalid: 'फ़ीस अंकों में लिखें, जैसे 4.99 (अगर फ़ीस नहीं है तो 0)।',
  error_fee_negative: 'फ़ीस शून्य से कम नहीं हो सकती।',
  error_fee_not_below_amount: 'जब फ़ीस रकम में से काटी जाती है, तो वह रकम से कम होनी चाहिए।',
  error_fee_mode: 'चुनें कि फ़ीस रकम के ऊपर से जोड़ी जाती है या रकम में से काटी जाती है।',
  error_rate_invalid: 'आपको दिया गया एक्सचेंज रेट शून्य से बड़े अंक में लिखें, जैसे 17.05।',
  error_mid_rate_invalid: 'मिड-मार्केट रेट शून्य से बड़े अंक में लिखें, जैसे 17.60।',
  error_country_unknown: 'देश का कोड “{code}” पहचाना नहीं गया। US या MEX जैसा कोड इस्तेमाल करें।',
  error_corridor_unknown: '{from} से {to} पैसे भेजने के दामों के आँकड़े नहीं हैं।',
  error_period_unavailable: 'इस रास्ते के लिए {period} का आँकड़ा नहीं है।',
  error_per_year_invalid: 'साल में ट्रांसफ़र की संख्या 1 से 365 तक की पूरी संख्या होनी चाहिए।',
  error_lang_unknown: 'भाषा “{lang}” उपलब्ध नहीं है, इसलिए यह {language} में है।',
  error_view_unknown: 'व्यू “{view}” पहचाना नहीं गया, इसलिए तुलना दिखाई जा रही है।',
  error_theme_unknown: 'थीम “{theme}” पहचानी नहीं गई, इसलिए हल्की थीम इस्तेमाल हो रही है।',
  error_storage_reset: 'आपकी सेव की गई सेटिंग पढ़ी नहीं जा सकी, इसलिए शुरुआती सेटिंग वापस आ गई है।',
  error_data_load: 'कुछ आँकड़े लोड नहीं हो सके; इस पेज में पहले से मौजूद आँकड़े दिखाए जा रहे हैं।',
  keeping_last: 'पिछले सही आँकड़े दिखाए जा रहे हैं।',

  // Reading a quote from selected text (extension)
  quote_parse_empty: 'पहले किसी कोटेशन का टेक्स्ट चुनें।',
  quote_parse_nothing_found: 'चुने हुए टेक्स्ट से कोई रकम, फ़ीस या रेट नहीं पढ़ा जा सका।',
  quote_parse_too_long: 'चुना हुआ टेक्स्ट बहुत लंबा है। सिर्फ़ कोटेशन चुनें।',
  quote_parse_ambiguous: 'चुने हुए टेक्स्ट में कई अलग-अलग रेट हैं। सिर्फ़ एक कोटेशन चुनें।',
  field_amount: "राशि",
  field_fee: "फ़ीस",
  field_rate: "एक्सचेंज रेट",
  field_currencies: "मुद्राएँ",
  mid_rate_not_in_data: "इस डेटा में मिड-मार्केट रेट नहीं है, कृपया आज का रेट खुद लिखें।",
  settings_title: "सेटिंग्स",
  settings_saved: "सहेजा गया। पॉपअप इन्हीं विकल्पों के साथ खुलेगा।",
  label_default_corridor: "डिफ़ॉल्ट रास्ता",
  open_settings: "सेटिंग्स",
  dismiss: "बंद करें",
};
export default hi;
