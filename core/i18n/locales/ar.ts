import type { Messages } from '../messages.ts';
/**
 * Arabic messages (Modern Standard Arabic). Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28).
 * Digits and % are Western, as `Intl` formats numbers for `ar`; commas,
 * semicolons and question marks are the Arabic ones (، ؛ ؟).
 */
export const ar: Messages = {
  language_name: 'العربية',

  // Views and tabs
  tab_compare: 'قارن طرق التحويل',
  tab_quote: 'تحقق من عرض سعر',
  tab_progress: 'التقدم',
  widget_label: 'تكلفة إرسال المال من {from} إلى {to}',
  title_compare: 'إرسال {amount} من {from} إلى {to}',
  title_quote: 'تحقق من عرض سعر',

  // Inputs
  label_from: 'من',
  label_to: 'إلى',
  label_amount: 'المبلغ الذي ترسله ({currency})',
  label_per_year: 'عدد التحويلات في السنة',
  label_fee: 'الرسوم ({currency})',
  label_rate: 'سعر الصرف المعروض عليك: 1 {send} =',
  label_mid_rate: 'سعر منتصف السوق: 1 {send} =',
  label_fee_mode: 'كيف تُدفع الرسوم؟',
  fee_on_top: 'تُضاف فوق المبلغ',
  fee_included: 'تُخصم من المبلغ',
  label_language: 'اللغة',
  label_theme: 'المظهر',
  theme_light: 'فاتح',
  theme_dark: 'داكن',
  theme_auto: 'مثل الجهاز',
  hint_mid_rate: 'سعر منتصف السوق (mid-market rate) هو السعر الذي تتعامل به البنوك فيما بينها؛ ابحث عن «{send} إلى {receive}» لتعرف سعر اليوم.',
  hint_mid_rate_prefilled: 'أُخذ من النص الذي حددته في الصفحة. تحقق منه قبل أن تثق بالنتيجة.',

  // Channels (RPW firm types)
  channel_bank: 'البنوك',
  channel_mto: 'شركات تحويل الأموال',
  channel_post_office: 'مكاتب البريد',
  channel_mobile_operator: 'شركات الهاتف المحمول',

  // Compare table
  col_channel: 'طريقة التحويل',
  col_cost_pct: 'التكلفة',
  col_cost_money: 'تكلفة هذا التحويل',
  col_received: 'يصل (القيمة بعملة {currency})',
  estimated: 'تقدير',
  estimate_note: 'تقديرات: متوسط هذا المسار مضروبًا في نسبة هذه الطريقة إلى المتوسط العالمي في أقرب ربع سنة تتوفر فيه أرقام لكل طريقة (البنوك {bankPeriod}، شركات الهاتف المحمول {mobilePeriod}).',
  measured: 'مُقاس',
  corridor_average: 'متوسط التكلفة في هذا المسار: {pct} ({period})',
  corridor_average_computed: 'محسوب من بيانات RPW، متوسط جميع الخدمات',
  corridor_average_official: 'المتوسط الرسمي لهذا المسار حسب RPW',
  price_point: 'أرقام RPW تخص إرسال ما يعادل USD {usd}؛ الرسوم ثابتة في الغالب، لذلك تكلف المبالغ الصغيرة نسبة أكبر.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: 'هدف 5% (G8 «5x5»؛ الحد الأقصى لأي مسار حسب SDG 10.c)',
  target_3: 'هدف 3% (SDG 10.c، بحلول 2030)',
  verdict_above_5: 'أكثر من 5%: أغلى مما يجب أن يكون عليه أي مسار حسب SDG 10.c.',
  verdict_between: 'بين 3% و5%: أقل من حد 5%، لكنه أعلى من هدف 3%.',
  verdict_below_3: '3% أو أقل: يحقق هدف SDG 10.c.',
  verdict_negative: 'أقل من صفر: السعر أفضل من سعر منتصف السوق. تحقق من الأرقام.',
  verdict_vs_average_lower: 'أرخص من متوسط هذا المسار البالغ {pct}.',
  verdict_vs_average_higher: 'أغلى من متوسط هذا المسار البالغ {pct}.',
  verdict_vs_average_same: 'قريب من متوسط هذا المسار البالغ {pct}.',

  // Quote results
  result_total: 'التكلفة الإجمالية',
  result_fee: 'الرسوم',
  result_fx_margin: 'هامش خفي في سعر الصرف',
  result_paid: 'تدفع',
  result_received: 'يصل',
  result_at_mid: 'بسعر منتصف السوق، كان {amount} سيعادل',
  result_lost: 'ما ضاع في الرسوم والهامش',
  quote_prompt: 'أدخل عرض السعر الذي قدمه لك مقدم الخدمة.',
  quote_from_selection: 'قُرئ من النص الذي حددته: {fields}. يُرجى إكمال الباقي.',

  // Yearly cost and savings
  yearly_title: 'خلال سنة: عدد التحويلات {count}، كل منها {amount}',
  yearly_now: 'التكلفة الآن',
  yearly_at_5: 'التكلفة عند 5%',
  yearly_at_3: 'التكلفة عند 3%',
  yearly_save_5: 'التوفير عند 5%',
  yearly_save_3: 'التوفير عند 3%',
  yearly_already_below: 'أقل من ذلك بالفعل',

  // Data and sources
  source_line: 'المصدر: البنك الدولي، Remittance Prices Worldwide، CC BY 4.0 ({period})',
  data_quarter: 'بيانات {period}',
  loading: 'جارٍ التحميل…',

  // Messages about bad input
  error_amount_invalid: 'أدخل المبلغ رقمًا، مثلًا 200.',
  error_amount_not_positive: 'يجب أن يكون المبلغ أكبر من صفر.',
  error_amount_too_large: 'هذا المبلغ أكبر من أن يُفحص.',
  error_fee_invalid: 'أدخل الرسوم رقمًا، مثلًا 4.99 (أو 0 إذا لم تكن هناك رسوم).',
  error_fee_negative: 'لا يمكن أن تكون الرسوم أقل من صفر.',
  error_fee_not_below_amount: 'عندما تُخصم الرسوم من المبلغ، يجب أن تكون أصغر من المبلغ.',
  error_fee_mode: 'اختر هل تُضاف الرسوم فوق المبلغ أم تُخصم منه.',
  error_rate_invalid: 'أدخل سعر الصرف المعروض عليك رقمًا أكبر من صفر، مثلًا 17.05.',
  error_mid_rate_invalid: 'أدخل سعر منتصف السوق رقمًا أكبر من صفر، مثلًا 17.60.',
  error_country_unknown: 'رمز البلد «{code}» غير معروف. استخدم رمزًا مثل US أو MEX.',
  error_corridor_unknown: 'لا توجد بيانات أسعار للإرسال من {from} إلى {to}.',
  error_period_unavailable: 'لا يوجد رقم لفترة {period} في هذا المسار.',
  error_per_year_invalid: 'يجب أن يكون عدد التحويلات في السنة عددًا صحيحًا من 1 إلى 365.',
  error_lang_unknown: 'اللغة «{lang}» غير متوفرة، لذلك يظهر النص بلغة {language}.',
  error_view_unknown: 'العرض «{view}» غير معروف، لذلك تظهر المقارنة.',
  error_theme_unknown: 'المظهر «{theme}» غير معروف، لذلك يُستخدم المظهر الفاتح.',
  error_storage_reset: 'تعذرت قراءة إعداداتك المحفوظة، لذلك عادت الإعدادات الافتراضية.',
  error_data_load: 'تعذر تحميل بعض البيانات؛ تظهر الأرقام المضمّنة في هذه الصفحة.',
  keeping_last: 'تظهر آخر أرقام صحيحة.',

  // Reading a quote from selected text (extension)
  quote_parse_empty: 'حدد نص عرض السعر أولًا.',
  quote_parse_nothing_found: 'تعذرت قراءة أي مبلغ أو رسوم أو سعر صرف من النص المحدد.',
  quote_parse_too_long: 'النص المحدد طويل جدًا. حدد عرض السعر فقط.',
  quote_parse_ambiguous: 'في النص المحدد عدة أسعار صرف مختلفة. حدد عرض سعر واحدًا فقط.',
  field_amount: "المبلغ",
  field_fee: "الرسوم",
  field_rate: "سعر الصرف",
  field_currencies: "العملات",
  mid_rate_not_in_data: "لا تحتوي هذه البيانات على سعر السوق الوسطي، لذا يُرجى كتابة سعر اليوم بنفسك.",
  settings_title: "الإعدادات",
  settings_saved: "تم الحفظ. ستفتح النافذة بهذه الاختيارات.",
  label_default_corridor: "المسار الافتراضي",
  open_settings: "الإعدادات",
  dismiss: "إغلاق",
};
export default ar;
