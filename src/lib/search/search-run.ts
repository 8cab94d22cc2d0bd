/**
 * One search as the visitor means it, on top of an engine that (like
 * Pagefind) only returns pages that hold every word:
 *   1. drop question and filler words;
 *   2. correct a word the index does not know to its closest frequent word;
 *   3. expand synonyms (their results first, then what the typed words find);
 *   4. best bets: pages that declare the described situation go first;
 *   5. nothing found? search the words one at a time and rank pages that
 *      match more of them first;
 *   6. the best matching theme guide is always among the first three.
 * The engine is passed in, so the UI runs it on Pagefind and the unit tests on a small stand-in.
 */
import { expandSynonyms, matchBestBets, removeStopWords, tokenize, type BestBet, type SynonymMap } from './search-words.ts';
import { correctWord } from './vocabulary.ts';

export interface Hit {
  id: string;
  score: number;
}

export interface Aids {
  stop: ReadonlySet<string>;
  synonyms: SynonymMap;
  bets: readonly (BestBet & { id?: string | undefined })[];
  vocabulary: ReadonlyMap<string, number>;
}

export interface Outcome<R extends Hit> {
  /** Pages from the engine, best first; best bets it found lead. */
  results: R[];
  /** Best bets the engine did not return (shown before the results, from the aids data). */
  bets: (BestBet & { id?: string | undefined })[];
  /** Pagefind ids of every best bet, to mark them. */
  betIds: string[];
  /** The words searched (after dropping, correcting and expanding). */
  words: string[];
  dropped: string[];
  corrections: { from: string; to: string }[];
  /** Corrections not applied because the visitor asked to search literally ("did you mean …?"). */
  suggestions: { from: string; to: string }[];
  synonyms: { from: string; to: string[] }[];
  /** No page holds every word: results are ranked by how many words they match. */
  partial: boolean;
}

export type Engine<R extends Hit> = (term: string) => Promise<R[]>;

/**
 * Whether the engine's hits for a word really hold that word (Pagefind also
 * returns pages for a stem of a typo: "fising" finds "fiscale"). A rare word
 * the vocabulary lacks ("herken") is then kept instead of "corrected".
 */
export type Confirm<R extends Hit> = (word: string, hits: R[]) => Promise<boolean>;

function appendNew<R extends Hit>(target: R[], extra: readonly R[]): void {
  const seen = new Set(target.map((result) => result.id));
  for (const result of extra) if (!seen.has(result.id)) target.push(result);
}

export async function runSearch<R extends Hit>(
  query: string,
  aids: Aids,
  engine: Engine<R>,
  options: { literal?: boolean; bets?: boolean; confirm?: Confirm<R>; guides?: Engine<R> } = {},
): Promise<Outcome<R>> {
  const tokens = tokenize(query);
  // Phrases first, on the words as typed: "lid worden" holds a stop word.
  const phrases = expandSynonyms(tokens, Object.fromEntries(Object.entries(aids.synonyms).filter(([key]) => key.includes(' '))));
  const { kept, dropped } = removeStopWords(phrases.words, aids.stop);
  const targets = new Set(phrases.applied.flatMap((applied) => applied.to));
  const corrections: Outcome<R>['corrections'] = [];
  const suggestions: Outcome<R>['suggestions'] = [];
  const corrected: string[] = [];
  for (const word of kept) {
    const to = word in aids.synonyms || targets.has(word) ? undefined : correctWord(word, aids.vocabulary);
    const hits = to ? await engine(word) : [];
    if (!to || (hits.length && (await (options.confirm ?? (async () => true))(word, hits)))) {
      corrected.push(word);
      continue;
    }
    (options.literal ? suggestions : corrections).push({ from: word, to });
    corrected.push(options.literal ? word : to);
  }
  const expansion = expandSynonyms(corrected, aids.synonyms);
  const words = expansion.words;
  const outcome: Outcome<R> = { results: [], bets: [], betIds: [], words, dropped, corrections, suggestions, synonyms: [...phrases.applied, ...expansion.applied], partial: false };
  if (!words.length) return outcome;

  const results = await engine(words.join(' '));
  // What the typed words themselves find comes after the synonyms' results.
  if (outcome.synonyms.length) {
    const typed = removeStopWords(tokens, aids.stop).kept.map((word) => corrections.find((correction) => correction.from === word)?.to ?? word);
    appendNew(results, await engine(typed.join(' ')));
  }

  if (!results.length && words.length > 1) {
    // Pages that match more of the words first, then by the engine's score.
    const tally = new Map<string, { result: R; count: number; score: number }>();
    const found: string[] = [];
    for (const word of new Set(words)) {
      const hits = await engine(word);
      if (hits.length) found.push(word);
      for (const hit of hits) {
        const entry = tally.get(hit.id);
        if (entry) {
          entry.count += 1;
          entry.score += hit.score;
        } else tally.set(hit.id, { result: hit, count: 1, score: hit.score });
      }
    }
    results.push(...[...tally.values()].sort((a, b) => b.count - a.count || b.score - a.score).map((entry) => entry.result));
    outcome.partial = results.length > 0;
    if (found.length) outcome.words = found;
  }

  if (options.bets !== false) {
    // Best bets first: as the engine's own result where it found the page, else from the aids data.
    const bets = matchBestBets({ tokens, kept: corrected, expanded: words }, aids.bets, aids.stop);
    const found = new Map(results.map((result) => [result.id, result]));
    outcome.betIds = bets.flatMap((bet) => (bet.id ? [bet.id] : []));
    const first = bets.flatMap((bet) => (bet.id && found.has(bet.id) ? [found.get(bet.id)!] : []));
    outcome.bets = bets.filter((bet) => !bet.id || !found.has(bet.id));
    outcome.results = [...first, ...results.filter((result) => !first.includes(result))];
  } else outcome.results = results;

  // The knowledge base's main answer to a topic is its theme guide: the best matching guide is
  // always among the first three (a short event or overview that names the word can outrank it).
  if (options.guides && outcome.results.length > 3) {
    const guide = (await options.guides(words.join(' ')))[0];
    const at = guide ? outcome.results.findIndex((result) => result.id === guide.id) : -1;
    const slot = Math.max(2 - outcome.bets.length, 0);
    if (at > slot) outcome.results.splice(slot, 0, ...outcome.results.splice(at, 1));
  }
  return outcome;
}
