/**
 * English messages only the extension shows (popup tabs, settings, a quote
 * read from a page selection). Kept apart from en.ts so the embeddable widget
 * does not carry them; every locale still translates them (the `Messages` type
 * and test/unit/i18n.test.ts check it).
 */
export const enExtension = {
  tab_compare: 'Compare channels',
  tab_quote: 'Check a quote',
  tab_progress: 'Progress',
  label_language: 'Language',
  label_theme: 'Theme',
  theme_light: 'Light',
  theme_dark: 'Dark',
  theme_auto: 'Same as the device',
  hint_mid_rate_prefilled: 'Filled in from your page selection. Check it before you trust the result.',
  quote_from_selection: 'Read from the text you selected: {fields}. Please fill in the rest.',
  error_storage_reset: 'Your saved settings could not be read, so the defaults are back.',
  quote_parse_empty: 'Select the text of a quote first.',
  quote_parse_nothing_found: 'No amount, fee or rate could be read from the selected text.',
  quote_parse_too_long: 'The selection is too long. Select just the quote.',
  quote_parse_ambiguous: 'The selection has several different rates. Select just one quote.',
  field_amount: 'amount',
  field_fee: 'fee',
  field_rate: 'exchange rate',
  field_currencies: 'currencies',
  mid_rate_not_in_data: 'This data has no mid-market rates, so please type today’s rate yourself.',
  settings_title: 'Settings',
  settings_saved: 'Saved. The popup opens with these choices.',
  label_default_corridor: 'Default route',
  open_settings: 'Settings',
  dismiss: 'Close',
} as const;
