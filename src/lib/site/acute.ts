/**
 * "Net gebeurd?": the acute cases and the stappenplan each one opens. The one
 * list of them; a case whose stappenplan is missing in an edition (hidden by a
 * region, not written yet) drops out instead of linking to nothing.
 */
import type { IconName } from '../model/index.ts';

export interface AcuteCase {
  /** UI string key suffix: `acute.<key>`. */
  key: 'overval' | 'ransomware' | 'afpersing' | 'winkeldiefstal' | 'inbraak';
  /** Slug of the stappenplan toolkit. */
  toolkit: string;
  icon: IconName;
}

export const ACUTE_CASES: readonly AcuteCase[] = [
  { key: 'overval', toolkit: 'stappenplan-na-een-overval', icon: 'siren' },
  { key: 'ransomware', toolkit: 'stappenplan-ransomware', icon: 'lock' },
  { key: 'afpersing', toolkit: 'stappenplan-afpersing', icon: 'mail-warning' },
  { key: 'winkeldiefstal', toolkit: 'stappenplan-winkeldiefstal', icon: 'shopping-bag' },
  { key: 'inbraak', toolkit: 'stappenplan-na-een-inbraak', icon: 'door-open' },
];

/** The cases whose stappenplan exists in this edition, in the fixed order above. */
export function availableAcuteCases(exists: (toolkitSlug: string) => boolean): AcuteCase[] {
  return ACUTE_CASES.filter((acute) => exists(acute.toolkit));
}
