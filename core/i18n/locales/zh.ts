import type { Messages } from '../messages.ts';
/** Simplified Chinese messages. Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28). */
export const zh: Messages = {
  language_name: '中文',

  // Views and tabs
  tab_compare: '比较汇款渠道',
  tab_quote: '核查报价',
  tab_progress: '进展',
  widget_label: '从{from}汇款到{to}的费用',
  title_compare: '从{from}向{to}汇款 {amount}',
  title_quote: '核查报价',

  // Inputs
  label_from: '汇出地',
  label_to: '收款地',
  label_amount: '您汇出的金额（{currency}）',
  label_per_year: '每年汇款次数',
  label_fee: '手续费（{currency}）',
  label_rate: '对方给您的汇率：1 {send} =',
  label_mid_rate: '市场中间汇率：1 {send} =',
  label_fee_mode: '手续费怎么付？',
  fee_on_top: '在汇款金额之外另付',
  fee_included: '从汇款金额中扣除',
  label_language: '语言',
  label_theme: '外观',
  theme_light: '浅色',
  theme_dark: '深色',
  theme_auto: '跟随设备',
  hint_mid_rate: '市场中间汇率（mid-market rate）是银行之间使用的汇率；搜索“{send} 兑 {receive}”就能查到今天的汇率。',
  hint_mid_rate_prefilled: '已根据您在网页上选中的文字填写。请先核对，再相信结果。',

  // Channels (RPW firm types)
  channel_bank: '银行',
  channel_mto: '汇款公司',
  channel_post_office: '邮局',
  channel_mobile_operator: '移动运营商',

  // Compare table
  col_channel: '渠道',
  col_cost_pct: '费用',
  col_cost_money: '这笔汇款的费用',
  col_received: '到账（以{currency}计）',
  estimated: '估算',
  estimate_note: '估算方法：用这条汇款路线的平均费用，乘以该渠道与全球平均水平之比；这个比值取自最近一个有分渠道数据的季度（银行 {bankPeriod}，移动运营商 {mobilePeriod}）。',
  measured: '实测',
  corridor_average: '这条汇款路线的平均费用：{pct}（{period}）',
  corridor_average_computed: '根据 RPW 数据计算，所有服务的平均值',
  corridor_average_official: 'RPW 官方公布的这条路线平均值',
  price_point: 'RPW 的数据按汇出相当于 USD {usd} 的金额计算；手续费常常是固定的，所以小额汇款的费用占比更高。',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: '5% 目标（G8“5x5”；SDG 10.c 规定任何汇款路线的上限）',
  target_3: '3% 目标（SDG 10.c，2030 年前实现）',
  verdict_above_5: '高于 5%：按照 SDG 10.c，任何汇款路线都不应这么贵。',
  verdict_between: '在 3% 到 5% 之间：低于 5% 的上限，但高于 3% 的目标。',
  verdict_below_3: '等于或低于 3%：达到 SDG 10.c 的目标。',
  verdict_negative: '低于零：这个汇率比市场中间汇率还好。请核对数字。',
  verdict_vs_average_lower: '比这条路线的平均费用 {pct} 便宜。',
  verdict_vs_average_higher: '比这条路线的平均费用 {pct} 贵。',
  verdict_vs_average_same: '与这条路线的平均费用 {pct} 差不多。',

  // Quote results
  result_total: '总费用',
  result_fee: '手续费',
  result_fx_margin: '藏在汇率里的差价',
  result_paid: '您支付',
  result_received: '到账',
  result_at_mid: '按市场中间汇率，{amount} 可以换到',
  result_lost: '手续费和汇率差价造成的损失',
  quote_prompt: '请输入汇款机构给您的报价。',
  quote_from_selection: '已从您选中的文字读取：{fields}。请填写其余部分。',

  // Yearly cost and savings
  yearly_title: '一年合计：{count} 次汇款，每次 {amount}',
  yearly_now: '现在的费用',
  yearly_at_5: '按 5% 计的费用',
  yearly_at_3: '按 3% 计的费用',
  yearly_save_5: '按 5% 可省下',
  yearly_save_3: '按 3% 可省下',
  yearly_already_below: '已经低于此水平',

  // Data and sources
  source_line: '来源：世界银行，Remittance Prices Worldwide，CC BY 4.0（{period}）',
  data_quarter: '{period} 的数据',
  loading: '正在加载…',

  // Messages about bad input
  error_amount_invalid: '请用数字输入金额，例如 200。',
  error_amount_not_positive: '金额必须大于零。',
  error_amount_too_large: '金额太大，无法核查。',
  error_fee_invalid: '请用数字输入手续费，例如 4.99（没有手续费就填 0）。',
  error_fee_negative: '手续费不能小于零。',
  error_fee_not_below_amount: '手续费从汇款金额中扣除时，必须小于汇款金额。',
  error_fee_mode: '请选择手续费是另付，还是从汇款金额中扣除。',
  error_rate_invalid: '请用大于零的数字输入对方给您的汇率，例如 17.05。',
  error_mid_rate_invalid: '请用大于零的数字输入市场中间汇率，例如 17.60。',
  error_country_unknown: '未知的国家代码“{code}”。请使用 US 或 MEX 这样的代码。',
  error_corridor_unknown: '没有从{from}汇款到{to}的价格数据。',
  error_period_unavailable: '这条汇款路线没有 {period} 的数据。',
  error_per_year_invalid: '每年汇款次数必须是 1 到 365 之间的整数。',
  error_lang_unknown: '没有“{lang}”这种语言，所以这里使用{language}。',
  error_view_unknown: '未知的视图“{view}”，所以这里显示比较结果。',
  error_theme_unknown: '未知的外观“{theme}”，所以这里使用浅色外观。',
  error_storage_reset: '无法读取您保存的设置，已恢复默认设置。',
  error_data_load: '部分数据无法加载；现在显示本页自带的数据。',
  keeping_last: '正在显示上一次有效的数字。',

  // Reading a quote from selected text (extension)
  quote_parse_empty: '请先选中一份报价的文字。',
  quote_parse_nothing_found: '无法从选中的文字中读取金额、手续费或汇率。',
  quote_parse_too_long: '选中的内容太长。请只选中报价。',
  quote_parse_ambiguous: '选中的内容里有几个不同的汇率。请只选中一份报价。',
  field_amount: "金额",
  field_fee: "手续费",
  field_rate: "汇率",
  field_currencies: "币种",
  mid_rate_not_in_data: "本数据不含市场中间价，请您自己输入今天的汇率。",
  settings_title: "设置",
  settings_saved: "已保存。弹出窗口将按这些选择打开。",
  label_default_corridor: "默认汇款路线",
  open_settings: "设置",
  dismiss: "关闭",
};
export default zh;
