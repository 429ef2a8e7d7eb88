import type { Messages } from '../messages.ts';
/**
 * French messages. Reviewed by: nobody yet (machine-assisted first draft, 2026-11-28).
 * Typography: no-break space (\u00a0) before « : ; ? ! » and inside « », narrow
 * no-break space (\u202f) before %, as `Intl` does for `fr`.
 */
export const fr: Messages = {
  language_name: 'Français',

  // Views and tabs
  tab_compare: 'Comparer les moyens d’envoi',
  tab_quote: 'Vérifier une offre',
  tab_progress: 'Progrès',
  widget_label: 'Coût d’un envoi d’argent de {from} vers {to}',
  title_compare: 'Envoyer {amount} de {from} vers {to}',
  title_quote: 'Vérifier une offre',

  // Inputs
  label_from: 'De',
  label_to: 'Vers',
  label_amount: 'Montant que vous envoyez ({currency})',
  label_per_year: 'Envois par an',
  label_fee: 'Frais ({currency})',
  label_rate: 'Taux de change proposé\u00a0: 1 {send} =',
  label_mid_rate: 'Taux moyen du marché\u00a0: 1 {send} =',
  label_fee_mode: 'Comment les frais sont-ils payés\u00a0?',
  fee_on_top: 'Ajoutés en plus du montant',
  fee_included: 'Retirés du montant',
  label_language: 'Langue',
  label_theme: 'Thème',
  theme_light: 'Clair',
  theme_dark: 'Sombre',
  theme_auto: 'Comme l’appareil',
  hint_mid_rate: 'Le taux moyen du marché (en anglais «\u00a0mid-market rate\u00a0») est celui que les banques utilisent entre elles. Cherchez «\u00a0{send} en {receive}\u00a0» pour trouver celui du jour.',
  hint_mid_rate_prefilled: 'Rempli à partir du texte que vous avez sélectionné dans la page. Vérifiez-le avant de vous fier au résultat.',

  // Channels (RPW firm types)
  channel_bank: 'Banques',
  channel_mto: 'Sociétés de transfert d’argent',
  channel_post_office: 'Bureaux de poste',
  channel_mobile_operator: 'Opérateurs de téléphonie mobile',

  // Compare table
  col_channel: 'Moyen d’envoi',
  col_cost_pct: 'Coût',
  col_cost_money: 'Coût de cet envoi',
  col_received: 'Montant reçu (valeur en {currency})',
  estimated: 'estimation',
  estimate_note: 'Estimations\u00a0: la moyenne de ce trajet, ajustée selon l’écart entre ce moyen d’envoi et la moyenne mondiale au trimestre le plus proche qui a des chiffres par moyen d’envoi (banques {bankPeriod}, opérateurs mobiles {mobilePeriod}).',
  measured: 'mesuré',
  corridor_average: 'Coût moyen sur ce trajet\u00a0: {pct} ({period})',
  corridor_average_computed: 'calculé à partir des données RPW, moyenne de tous les services',
  corridor_average_official: 'moyenne officielle RPW pour ce trajet',
  price_point: 'Les chiffres RPW portent sur l’envoi de l’équivalent de USD {usd}\u00a0; les frais sont souvent fixes, donc les petits montants coûtent une plus grande part.',

  // Targets and verdicts (never by colour alone: every verdict has words)
  target_5: 'Objectif de 5\u202f% (G8 «\u00a05x5\u00a0»\u00a0; limite SDG 10.c pour tout trajet)',
  target_3: 'Objectif de 3\u202f% (SDG 10.c, d’ici 2030)',
  verdict_above_5: 'Plus de 5\u202f%\u00a0: plus cher que ce que devrait coûter tout trajet selon SDG 10.c.',
  verdict_between: 'Entre 3\u202f% et 5\u202f%\u00a0: sous la limite de 5\u202f%, mais au-dessus de l’objectif de 3\u202f%.',
  verdict_below_3: '3\u202f% ou moins\u00a0: atteint l’objectif SDG 10.c.',
  verdict_negative: 'Moins de zéro\u00a0: le taux est meilleur que le taux moyen du marché. Vérifiez les chiffres.',
  verdict_vs_average_lower: 'Moins cher que la moyenne de ce trajet, qui est de {pct}.',
  verdict_vs_average_higher: 'Plus cher que la moyenne de ce trajet, qui est de {pct}.',
  verdict_vs_average_same: 'À peu près égal à la moyenne de ce trajet, qui est de {pct}.',

  // Quote results
  result_total: 'Coût total',
  result_fee: 'Frais',
  result_fx_margin: 'Marge cachée sur le taux de change',
  result_paid: 'Vous payez',
  result_received: 'Montant reçu',
  result_at_mid: 'Au taux moyen du marché, {amount} donneraient',
  result_lost: 'Perdu en frais et en marge',
  quote_prompt: 'Saisissez l’offre que l’on vous a faite.',
  quote_from_selection: 'Lu dans le texte que vous avez sélectionné\u00a0: {fields}. Merci de remplir le reste.',

  // Yearly cost and savings
  yearly_title: 'Sur un an\u00a0: {count} envois de {amount}',
  yearly_now: 'Coût actuel',
  yearly_at_5: 'Coût à 5\u202f%',
  yearly_at_3: 'Coût à 3\u202f%',
  yearly_save_5: 'Économie à 5\u202f%',
  yearly_save_3: 'Économie à 3\u202f%',
  yearly_already_below: 'déjà en dessous',

  // Data and sources
  source_line: 'Source\u00a0: Banque mondiale, Remittance Prices Worldwide, CC BY 4.0 ({period})',
  data_quarter: 'Données\u00a0: {period}',
  loading: 'Chargement…',

  // Messages about bad input
  error_amount_invalid: 'Saisissez le montant en chiffres, par exemple 200.',
  error_amount_not_positive: 'Le montant doit être supérieur à zéro.',
  error_amount_too_large: 'Ce montant est trop élevé pour être vérifié.',
  error_fee_invalid: 'Saisissez les frais en chiffres, par exemple 4.99 (0 s’il n’y en a pas).',
  error_fee_negative: 'Les frais ne peuvent pas être inférieurs à zéro.',
  error_fee_not_below_amount: 'Quand les frais sont retirés du montant, ils doivent être inférieurs au montant.',
  error_fee_mode: 'Indiquez si les frais sont ajoutés en plus du montant ou retirés du montant.',
  error_rate_invalid: 'Saisissez le taux de change proposé en chiffres, au-dessus de zéro, par exemple 17.05.',
  error_mid_rate_invalid: 'Saisissez le taux moyen du marché en chiffres, au-dessus de zéro, par exemple 17.60.',
  error_country_unknown: 'Code pays «\u00a0{code}\u00a0» inconnu. Utilisez un code comme US ou MEX.',
  error_corridor_unknown: 'Il n’y a pas de données de prix pour les envois de {from} vers {to}.',
  error_period_unavailable: 'Il n’y a pas de chiffre pour {period} sur ce trajet.',
  error_per_year_invalid: 'Le nombre d’envois par an doit être un nombre entier de 1 à 365.',
  error_lang_unknown: 'La langue «\u00a0{lang}\u00a0» n’est pas disponible, donc ce texte est en {language}.',
  error_view_unknown: 'Vue «\u00a0{view}\u00a0» inconnue, donc la comparaison s’affiche.',
  error_theme_unknown: 'Thème «\u00a0{theme}\u00a0» inconnu, donc le thème clair est utilisé.',
  error_storage_reset: 'Vos réglages enregistrés n’ont pas pu être lus, donc les réglages par défaut sont revenus.',
  error_data_load: 'Certaines données n’ont pas pu être chargées\u00a0; voici les chiffres intégrés à cette page.',
  keeping_last: 'Les derniers chiffres valides restent affichés.',

  // Reading a quote from selected text (extension)
  quote_parse_empty: 'Sélectionnez d’abord le texte d’une offre.',
  quote_parse_nothing_found: 'Aucun montant, frais ou taux n’a pu être lu dans le texte sélectionné.',
  quote_parse_too_long: 'La sélection est trop longue. Sélectionnez seulement l’offre.',
  quote_parse_ambiguous: 'La sélection contient plusieurs taux différents. Sélectionnez une seule offre.',
  field_amount: "montant",
  field_fee: "frais",
  field_rate: "taux de change",
  field_currencies: "devises",
  mid_rate_not_in_data: "Ces données n’ont pas de taux du marché : veuillez saisir vous-même celui du jour.",
  settings_title: "Réglages",
  settings_saved: "Enregistré. La fenêtre s’ouvrira avec ces choix.",
  label_default_corridor: "Trajet par défaut",
  open_settings: "Réglages",
  dismiss: "Fermer",
};
export default fr;
