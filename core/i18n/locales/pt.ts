import type { Messages } from '../messages.ts';
/** Portuguese messages (neutral/Brazilian). Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28). */
export const pt: Messages = {
  language_name: 'Português',

  // Views and tabs
  tab_compare: 'Comparar formas de envio',
  tab_quote: 'Conferir uma cotação',
  tab_progress: 'Progresso',
  widget_label: 'Custo de enviar dinheiro de {from} para {to}',
  title_compare: 'Envio de {amount} de {from} para {to}',
  title_quote: 'Conferir uma cotação',

  // Inputs
  label_from: 'De',
  label_to: 'Para',
  label_amount: 'Valor que você envia ({currency})',
  label_per_year: 'Envios por ano',
  label_fee: 'Tarifa ({currency})',
  label_rate: 'Câmbio oferecido a você: 1 {send} =',
  label_mid_rate: 'Taxa média de mercado: 1 {send} =',
  label_fee_mode: 'Como a tarifa é paga?',
  fee_on_top: 'Somada ao valor',
  fee_included: 'Descontada do valor',
  label_language: 'Idioma',
  label_theme: 'Tema',
  theme_light: 'Claro',
  theme_dark: 'Escuro',
  theme_auto: 'Igual ao aparelho',
  hint_mid_rate: 'A taxa média de mercado (em inglês, “mid-market rate”) é a que os bancos usam entre si; pesquise “{send} para {receive}” para ver a de hoje.',
  hint_mid_rate_prefilled: 'Preenchido com o texto que você selecionou na página. Confira antes de confiar no resultado.',

  // Channels (RPW firm types)
  channel_bank: 'Bancos',
  channel_mto: 'Empresas de remessa de dinheiro',
  channel_post_office: 'Agências dos correios',
  channel_mobile_operator: 'Operadoras de celular',

  // Compare table
  col_channel: 'Forma de envio',
  col_cost_pct: 'Custo',
  col_cost_money: 'Custo deste envio',
  col_received: 'Chega (valor em {currency})',
  estimated: 'estimativa',
  estimate_note: 'Estimativas: a média desta rota, ajustada conforme esta forma de envio se comparava com a média mundial no trimestre mais próximo com números por forma de envio (bancos {bankPeriod}, operadoras de celular {mobilePeriod}).',
  measured: 'medido',
  corridor_average: 'Custo médio nesta rota: {pct} ({period})',
  corridor_average_computed: 'calculado com dados do RPW, média de todos os serviços',
  corridor_average_official: 'média oficial do RPW para esta rota',
  price_point: 'Os números do RPW são para enviar o equivalente a USD {usd}; as tarifas costumam ser fixas, então valores pequenos pagam uma parte maior.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: 'Meta de 5% (G8 “5x5”; limite do SDG 10.c para qualquer rota)',
  target_3: 'Meta de 3% (SDG 10.c, até 2030)',
  verdict_above_5: 'Acima de 5%: mais caro do que qualquer rota deveria ser segundo o SDG 10.c.',
  verdict_between: 'Entre 3% e 5%: abaixo do limite de 5%, mas acima da meta de 3%.',
  verdict_below_3: '3% ou menos: cumpre a meta do SDG 10.c.',
  verdict_negative: 'Abaixo de zero: o câmbio é melhor que a taxa média de mercado. Confira os números.',
  verdict_vs_average_lower: 'Mais barato que a média desta rota, que é {pct}.',
  verdict_vs_average_higher: 'Mais caro que a média desta rota, que é {pct}.',
  verdict_vs_average_same: 'Mais ou menos igual à média desta rota, que é {pct}.',

  // Quote results
  result_total: 'Custo total',
  result_fee: 'Tarifa',
  result_fx_margin: 'Margem escondida no câmbio',
  result_paid: 'Você paga',
  result_received: 'Chega',
  result_at_mid: 'Na taxa média de mercado, {amount} valeriam',
  result_lost: 'Perdido em tarifa e margem',
  quote_prompt: 'Digite a cotação que a empresa passou para você.',
  quote_from_selection: 'Lido do texto que você selecionou: {fields}. Preencha o resto, por favor.',

  // Yearly cost and savings
  yearly_title: 'Em um ano: {count} envios de {amount}',
  yearly_now: 'Custo hoje',
  yearly_at_5: 'Custo a 5%',
  yearly_at_3: 'Custo a 3%',
  yearly_save_5: 'Economia a 5%',
  yearly_save_3: 'Economia a 3%',
  yearly_already_below: 'já está abaixo',

  // Data and sources
  source_line: 'Fonte: Banco Mundial, Remittance Prices Worldwide, CC BY 4.0 ({period})',
  data_quarter: 'Dados de {period}',
  loading: 'Carregando…',

  // Messages about bad input
  error_amount_invalid: 'Digite o valor como número, por exemplo 200.',
  error_amount_not_positive: 'O valor precisa ser maior que zero.',
  error_amount_too_large: 'Esse valor é grande demais para conferir.',
  error_fee_invalid: 'Digite a tarifa como número, por exemplo 4.99 (0 se não houver tarifa).',
  error_fee_negative: 'A tarifa não pode ser menor que zero.',
  error_fee_not_below_amount: 'Quando a tarifa é descontada do valor, ela precisa ser menor que o valor.',
  error_fee_mode: 'Escolha se a tarifa é somada ao valor ou descontada dele.',
  error_rate_invalid: 'Digite o câmbio oferecido a você como um número maior que zero, por exemplo 17.05.',
  error_mid_rate_invalid: 'Digite a taxa média de mercado como um número maior que zero, por exemplo 17.60.',
  error_country_unknown: 'Código de país “{code}” desconhecido. Use um código como US ou MEX.',
  error_corridor_unknown: 'Não há dados de preço para envios de {from} para {to}.',
  error_period_unavailable: 'Não há número para {period} nesta rota.',
  error_per_year_invalid: 'O número de envios por ano precisa ser um número inteiro de 1 a 365.',
  error_lang_unknown: 'O idioma “{lang}” não está disponível, então este texto está em {language}.',
  error_view_unknown: 'Tela “{view}” desconhecida, então aparece a comparação.',
  error_theme_unknown: 'Tema “{theme}” desconhecido, então é usado o tema claro.',
  error_storage_reset: 'Não foi possível ler suas configurações salvas, então voltaram as configurações padrão.',
  error_data_load: 'Alguns dados não puderam ser carregados; aparecem os números que já vêm nesta página.',
  keeping_last: 'Aparecem os últimos números válidos.',

  // Reading a quote from selected text (extension)
  quote_parse_empty: 'Primeiro selecione o texto de uma cotação.',
  quote_parse_nothing_found: 'Não foi possível ler valor, tarifa ou câmbio no texto selecionado.',
  quote_parse_too_long: 'A seleção é longa demais. Selecione só a cotação.',
  quote_parse_ambiguous: 'A seleção tem vários câmbios diferentes. Selecione só uma cotação.',
  field_amount: "valor",
  field_fee: "tarifa",
  field_rate: "taxa de câmbio",
  field_currencies: "moedas",
  mid_rate_not_in_data: "Estes dados não têm a taxa de mercado; por favor, digite você mesmo a de hoje.",
  settings_title: "Configurações",
  settings_saved: "Salvo. A janela abrirá com estas escolhas.",
  label_default_corridor: "Rota padrão",
  open_settings: "Configurações",
  dismiss: "Fechar",
};
export default pt;
