/**
 * The self-scan's logic, without any page around it: which questions apply to a sector, and how
 * answers become the ordered action list. Pure and free of dependencies, because the scan page's
 * browser script imports this very module (a few hundred bytes); the schema imports its constants,
 * so the content model and the browser agree on values and limits.
 */

/** The answers a risky question can have as its risk. "weet-niet" is never written in content. */
export const SCAN_ANSWERS = ['nee', 'ja'] as const;
export type ScanRisk = (typeof SCAN_ANSWERS)[number];
/** What a visitor can answer: the radio values of every question. */
export const SCAN_CHOICES = ['ja', 'nee', 'weet-niet'] as const;
export type ScanChoice = (typeof SCAN_CHOICES)[number];
/** Priorities run 1 (do this first) to this number. */
export const SCAN_PRIORITIES = 3;
/** A question's link: a toolkit, a concept or a theme guide of the edition. */
export const SCAN_LINK_PATTERN = /^(toolkits|concepts|themes)\/[a-z0-9]+(-[a-z0-9]+)*$/;
/** The one localStorage key of the scan: every answer in one small JSON value. */
export const SCAN_STORAGE_KEY = 'kvo-scan';

export interface ScanQuestion {
  id: string;
  theme: string;
  /** Sector ids; empty = for every sector. */
  sectors: readonly string[];
  order: number;
  risk: ScanRisk;
  priority: number;
}

export interface ScanAction {
  id: string;
  /** Answered "weet ik niet": the action starts with finding out. */
  unsure: boolean;
}

/** What the browser keeps: the chosen sector ('' = none) and the answers by question id. */
export interface ScanState {
  sector: string;
  answers: Record<string, ScanChoice>;
}

/** A question applies to every sector when it names none, else only to the sectors it names; no sector chosen shows all. */
export function appliesTo(question: Pick<ScanQuestion, 'sectors'>, sector: string): boolean {
  return !sector || question.sectors.length === 0 || question.sectors.includes(sector);
}

/**
 * The action list: every question answered with its risky answer or "weet ik niet", most urgent
 * first (priority), then in the fixed theme order, then in the question's order within its theme.
 * Questions that do not apply to the sector, and unanswered ones, never appear.
 */
export function actionList(questions: readonly ScanQuestion[], state: ScanState, themeOrder: readonly string[]): ScanAction[] {
  const themeIndex = (theme: string) => {
    const index = themeOrder.indexOf(theme);
    return index < 0 ? themeOrder.length : index;
  };
  return questions
    .filter((question) => appliesTo(question, state.sector))
    .filter((question) => state.answers[question.id] === question.risk || state.answers[question.id] === 'weet-niet')
    .sort((a, b) => a.priority - b.priority || themeIndex(a.theme) - themeIndex(b.theme) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((question) => ({ id: question.id, unsure: state.answers[question.id] === 'weet-niet' }));
}

/** Reads what the browser stored; anything unexpected (another version, a hand edit) is dropped, never trusted. */
export function readState(stored: string | null): ScanState {
  const state: ScanState = { sector: '', answers: {} };
  try {
    const value: unknown = JSON.parse(stored ?? '{}');
    if (!value || typeof value !== 'object') return state;
    const { sector, answers } = value as Record<string, unknown>;
    if (typeof sector === 'string') state.sector = sector;
    if (answers && typeof answers === 'object') {
      for (const [id, answer] of Object.entries(answers)) if ((SCAN_CHOICES as readonly unknown[]).includes(answer)) state.answers[id] = answer as ScanChoice;
    }
  } catch {
    // Not JSON: start empty.
  }
  return state;
}
