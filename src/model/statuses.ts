/** The life-cycle states a relationship can be in, as the source paper states it. */
export const STATUSES = {
  ACTIVE: 'in place now',
  IN_PROGRESS: 'being worked on now, not yet in regular operation',
  PLANNED: 'decided or announced, not yet in place',
  UNDER_REVIEW: 'being examined by the administration',
  REVIEWED: 'was examined in the past; the paper gives no outcome',
  RECOMMENDED: 'put to a council for decision in a Beschlussempfehlung, not yet decided',
  PROPOSED: 'asked for in a motion or suggested, not decided',
  REJECTED: 'turned down',
  ENDED: 'was in place, no longer is',
} as const;

export type Status = keyof typeof STATUSES;

export const STATUS_NAMES = Object.keys(STATUSES) as Status[];

export const DEFAULT_STATUS: Status = 'ACTIVE';
