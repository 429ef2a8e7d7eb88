import type { Messages } from '../messages.ts';
/** Spanish messages. Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28). */
export const es: Messages = {
  language_name: 'Español',

  // Views and tabs
  tab_compare: 'Comparar formas de envío',
  tab_quote: 'Revisar una cotización',
  tab_progress: 'Avances',
  widget_label: 'Costo de enviar dinero de {from} a {to}',
  title_compare: 'Envío de {amount} de {from} a {to}',
  title_quote: 'Revisar una cotización',

  // Inputs
  label_from: 'Desde',
  label_to: 'Hacia',
  label_amount: 'Cantidad que usted envía ({currency})',
  label_per_year: 'Envíos al año',
  label_fee: 'Comisión ({currency})',
  label_rate: 'Tipo de cambio que le ofrecen: 1 {send} =',
  label_mid_rate: 'Tipo de cambio medio del mercado: 1 {send} =',
  label_fee_mode: '¿Cómo se paga la comisión?',
  fee_on_top: 'Se suma a la cantidad',
  fee_included: 'Se descuenta de la cantidad',
  label_language: 'Idioma',
  label_theme: 'Tema',
  theme_light: 'Claro',
  theme_dark: 'Oscuro',
  theme_auto: 'Igual que el dispositivo',
  hint_mid_rate: 'El tipo de cambio medio del mercado (en inglés, «mid-market rate») es el que usan los bancos entre ellos; busque «{send} a {receive}» para ver el de hoy.',
  hint_mid_rate_prefilled: 'Tomado del texto que usted seleccionó en la página. Revíselo antes de confiar en el resultado.',

  // Channels (RPW firm types)
  channel_bank: 'Bancos',
  channel_mto: 'Empresas de envío de dinero',
  channel_post_office: 'Oficinas de correos',
  channel_mobile_operator: 'Compañías de telefonía móvil',

  // Compare table
  col_channel: 'Forma de envío',
  col_cost_pct: 'Costo',
  col_cost_money: 'Costo de este envío',
  col_received: 'Llega (valor en {currency})',
  estimated: 'estimado',
  estimate_note: 'Estimaciones: el promedio de esta ruta, ajustado según cómo se comparaba esta forma de envío con el promedio mundial en el trimestre más cercano con cifras por forma de envío (bancos {bankPeriod}, compañías de telefonía móvil {mobilePeriod}).',
  measured: 'medido',
  corridor_average: 'Costo promedio en esta ruta: {pct} ({period})',
  corridor_average_computed: 'calculado con datos de RPW, promedio de todos los servicios',
  corridor_average_official: 'promedio oficial de RPW para esta ruta',
  price_point: 'Las cifras de RPW son para enviar el equivalente de USD {usd}; las comisiones suelen ser fijas, así que en cantidades pequeñas se llevan una parte mayor.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: 'Meta del 5\u00a0% (G8 «5x5»; límite de SDG 10.c para cualquier ruta)',
  target_3: 'Meta del 3\u00a0% (SDG 10.c, para 2030)',
  verdict_above_5: 'Más del 5\u00a0%: cuesta más de lo que debería costar cualquier ruta según SDG 10.c.',
  verdict_between: 'Entre 3\u00a0% y 5\u00a0%: por debajo del límite del 5\u00a0%, pero por encima de la meta del 3\u00a0%.',
  verdict_below_3: '3\u00a0% o menos: cumple la meta de SDG 10.c.',
  verdict_negative: 'Menos de cero: el tipo de cambio es mejor que el tipo medio del mercado. Revise las cifras.',
  verdict_vs_average_lower: 'Más barato que el promedio de esta ruta, que es {pct}.',
  verdict_vs_average_higher: 'Más caro que el promedio de esta ruta, que es {pct}.',
  verdict_vs_average_same: 'Casi igual al promedio de esta ruta, que es {pct}.',

  // Quote results
  result_total: 'Costo total',
  result_fee: 'Comisión',
  result_fx_margin: 'Margen oculto en el tipo de cambio',
  result_paid: 'Usted paga',
  result_received: 'Llega',
  result_at_mid: 'Con el tipo de cambio medio del mercado, {amount} equivaldrían a',
  result_lost: 'Perdido en comisión y margen',
  quote_prompt: 'Escriba la cotización que le dio la empresa.',
  quote_from_selection: 'Leído del texto que usted seleccionó: {fields}. Por favor, complete lo demás.',

  // Yearly cost and savings
  yearly_title: 'En un año: {count} envíos de {amount}',
  yearly_now: 'Costo actual',
  yearly_at_5: 'Costo al 5\u00a0%',
  yearly_at_3: 'Costo al 3\u00a0%',
  yearly_save_5: 'Ahorro al 5\u00a0%',
  yearly_save_3: 'Ahorro al 3\u00a0%',
  yearly_already_below: 'ya está por debajo',

  // Data and sources
  source_line: 'Fuente: Banco Mundial, Remittance Prices Worldwide, CC BY 4.0 ({period})',
  data_quarter: 'Datos de {period}',
  loading: 'Cargando…',

  // Messages about bad input
  error_amount_invalid: 'Escriba la cantidad como un número, por ejemplo 200.',
  error_amount_not_positive: 'La cantidad debe ser mayor que cero.',
  error_amount_too_large: 'Esa cantidad es demasiado grande para revisarla.',
  error_fee_invalid: 'Escriba la comisión como un número, por ejemplo 4.99 (0 si no hay comisión).',
  error_fee_negative: 'La comisión no puede ser menor que cero.',
  error_fee_not_below_amount: 'Cuando la comisión se descuenta de la cantidad, debe ser menor que la cantidad.',
  error_fee_mode: 'Elija si la comisión se suma a la cantidad o se descuenta de ella.',
  error_rate_invalid: 'Escriba el tipo de cambio que le ofrecieron como un número mayor que cero, por ejemplo 17.05.',
  error_mid_rate_invalid: 'Escriba el tipo de cambio medio del mercado como un número mayor que cero, por ejemplo 17.60.',
  error_country_unknown: 'No se conoce el código de país «{code}». Use un código como US o MEX.',
  error_corridor_unknown: 'No hay datos de precios para envíos de {from} a {to}.',
  error_period_unavailable: 'No hay cifra para {period} en esta ruta.',
  error_per_year_invalid: 'Los envíos al año deben ser un número entero del 1 al 365.',
  error_lang_unknown: 'El idioma «{lang}» no está disponible, así que esto se muestra en {language}.',
  error_view_unknown: 'No se conoce la vista «{view}», así que se muestra la comparación.',
  error_theme_unknown: 'No se conoce el tema «{theme}», así que se usa el tema claro.',
  error_storage_reset: 'No se pudo leer su configuración guardada, así que se volvió a la configuración inicial.',
  error_data_load: 'No se pudieron cargar algunos datos; se muestran las cifras incluidas en esta página.',
  keeping_last: 'Se muestran las últimas cifras válidas.',

  // Reading a quote from selected text (extension)
  quote_parse_empty: 'Primero seleccione el texto de una cotización.',
  quote_parse_nothing_found: 'No se pudo leer ninguna cantidad, comisión ni tipo de cambio en el texto seleccionado.',
  quote_parse_too_long: 'Lo que seleccionó es demasiado largo. Seleccione solo la cotización.',
  quote_parse_ambiguous: 'Lo que seleccionó tiene varios tipos de cambio distintos. Seleccione una sola cotización.',
  field_amount: "monto",
  field_fee: "comisión",
  field_rate: "tipo de cambio",
  field_currencies: "monedas",
  mid_rate_not_in_data: "Estos datos no tienen tipos de cambio de mercado, así que escriba usted el de hoy.",
  settings_title: "Ajustes",
  settings_saved: "Guardado. La ventana se abrirá con estas opciones.",
  label_default_corridor: "Ruta predeterminada",
  open_settings: "Ajustes",
  dismiss: "Cerrar",
};
export default es;
