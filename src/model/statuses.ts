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

/**
 * Each status in words, as a path's explanation adds it to a fact that is not simply in place, and how much a fact
 * in it counts toward a path's strength: a fact in place counts fully, a proposal little, a rejection not at all.
 */
export const STATUS_READINGS: Record<Status, { de: string | null; en: string | null; strength: number }> = {
  ACTIVE: { de: null, en: null, strength: 1 },
  IN_PROGRESS: { de: 'im Aufbau', en: 'in progress', strength: 0.9 },
  PLANNED: { de: 'geplant', en: 'planned', strength: 0.6 },
  RECOMMENDED: { de: 'zur Beschlussfassung empfohlen', en: 'recommended for decision', strength: 0.5 },
  UNDER_REVIEW: { de: 'in Prüfung', en: 'under review', strength: 0.4 },
  REVIEWED: { de: 'geprüft', en: 'reviewed', strength: 0.4 },
  PROPOSED: { de: 'vorgeschlagen', en: 'proposed', strength: 0.3 },
  ENDED: { de: 'beendet', en: 'ended', strength: 0.2 },
  REJECTED: { de: 'abgelehnt', en: 'rejected', strength: 0 },
};

/** The statuses a path of purpose COOPERATION may consist of: facts in place or being built. */
export const COOPERATION_STATUSES: readonly Status[] = ['ACTIVE', 'IN_PROGRESS'];
