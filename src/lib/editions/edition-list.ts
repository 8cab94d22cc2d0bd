/**
 * Which editions a command works on: the ones named, else those in the
 * EDITIONS variable (a fork's CI sets it to its own edition, so it builds and
 * tests only that one), else the national edition and every region.
 */
import { NATIONAL_EDITION_ID } from './edition.ts';
import { listRegions } from './region-config.ts';

export const EDITIONS_VARIABLE = 'EDITIONS';

export function allEditions(root: string): string[] {
  return [NATIONAL_EDITION_ID, ...listRegions(root)];
}

/** The selected edition ids; throws with the known ids when a name is wrong. */
export function selectedEditions(root: string, named: string[] = [], env: Record<string, string | undefined> = process.env): string[] {
  const known = allEditions(root);
  const requested = (named.length ? named : (env[EDITIONS_VARIABLE] ?? '').split(/[\s,]+/)).filter(Boolean);
  const unknown = requested.filter((id) => !known.includes(id));
  if (unknown.length) throw new Error(`Onbekende editie: ${unknown.join(', ')}; verwacht een van: ${known.join(', ')}`);
  return requested.length ? [...new Set(requested)] : known;
}
