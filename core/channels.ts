/**
 * The channels RPW prices remittances by, one list for the whole repository:
 * core, the views, the data pipeline and the bundle validator all read it here.
 *
 * RPW classifies each surveyed service by its firm type (RPW methodology,
 * "type of remittance service provider"): banks, money transfer operators,
 * post offices and mobile operators. One source (the South Asia and
 * Philippines corridor file) gives money transfer operators and mobile
 * operators as one figure: that is its own group, `mto_mobile`, never shown as
 * money transfer operators alone.
 */

/** The four firm types RPW reports channel figures for, in display order. */
export const CHANNELS = ['bank', 'mto', 'post_office', 'mobile_operator'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every group a channel figure can be for: the four channels, and MTOs with mobile operators together. */
export const CHANNEL_GROUPS = [...CHANNELS, 'mto_mobile'] as const;
export type ChannelGroup = (typeof CHANNEL_GROUPS)[number];

/** Which channels each group covers (a group overlaps another when they share one). */
export const GROUP_COVERS: Readonly<Record<ChannelGroup, readonly Channel[]>> = {
  bank: ['bank'],
  mto: ['mto'],
  post_office: ['post_office'],
  mobile_operator: ['mobile_operator'],
  mto_mobile: ['mto', 'mobile_operator'],
};

export function isChannelGroup(value: unknown): value is ChannelGroup {
  return typeof value === 'string' && (CHANNEL_GROUPS as readonly string[]).includes(value);
}

/**
 * The channel of an RPW `firm_type` (any case and spacing), or null: firm
 * types that name two channels (`Money Transfer Operator / Post office`,
 * `Bank / Money Transfer Operator`) or none (`Non-Bank FI`, `Credit Union`)
 * belong to no channel, so they are counted but averaged under none.
 */
export function channelOfFirmType(firmType: string): Channel | null {
  switch (firmType.trim().replace(/\s+/g, ' ').toLowerCase()) {
    case 'bank':
      return 'bank';
    case 'money transfer operator':
      return 'mto';
    case 'post office':
      return 'post_office';
    case 'mobile operator':
      return 'mobile_operator';
    default:
      return null;
  }
}
