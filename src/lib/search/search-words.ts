/**
 * How the search page reads a query before asking Pagefind: split it into
 * words, drop question and filler words, expand editor-maintained synonyms and
 * find the "best bets" (pages that declare the situation the visitor describes).
 * Pure and small: the search page ships it, the build and the tests use the same code.
 */

const HAN = /\p{Script=Han}/u;
let hanSegmenter: Intl.Segmenter | undefined;

/**
 * Words of a text: letters and digits (diacritics kept), inner hyphens and
 * apostrophes kept ("ceo-fraude", "riec's"). Chinese has no spaces between
 * words: a run of Han characters is split into words by the browser's own
 * dictionary (Intl.Segmenter), as Pagefind's extended build splits the pages,
 * so "被抢劫了怎么办" becomes 被 / 抢劫 / 了 / 怎么办.
 */
export function tokenize(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (!HAN.test(text) || typeof Intl.Segmenter !== 'function') return words;
  hanSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segmenter = hanSegmenter;
  return words.flatMap((word) => (HAN.test(word) ? [...segmenter.segment(word)].filter((part) => part.isWordLike).map((part) => part.segment) : [word]));
}

/** Without diacritics: "geëxporteerd" → "geexporteerd", "café" → "cafe". */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A spelling-by-sound key for words people type as they hear them, loanwords
 * especially: "phishing" and "fising" share the key "fising".
 */
export function soundKey(word: string): string {
  return fold(word)
    .replace(/sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/sh|sj/g, 's')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ij|ei|y|ie/g, 'i')
    .replace(/oe|oo|ou/g, 'o')
    .replace(/dt\b|d\b/g, 't')
    .replace(/([a-z])\1+/g, '$1');
}

/**
 * Two forms of one word, as far as search cares: one starts with nearly all of
 * the other ("overval" / "overvallen", "versleuteld" / "versleutelen", "afpersen" / "afpersing"),
 * but a compound is not its first part ("winkel" / "winkeldief").
 */
export function sameStem(a: string, b: string): boolean {
  const [short, long] = [fold(a), fold(b)].sort((x, y) => x.length - y.length) as [string, string];
  if (short === long) return true;
  if (short.length < 4) return false;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= Math.max(4, short.length - 2) && long.length - common <= 3;
}

export interface Filtered {
  /** The words that are searched. */
  kept: string[];
  /** Question and filler words that were left out. */
  dropped: string[];
}

/** Leaves out stop words; a query of stop words only is kept whole (there is nothing else to search). */
export function removeStopWords(words: readonly string[], stopWords: ReadonlySet<string>): Filtered {
  const kept = words.filter((word) => !stopWords.has(word) && !stopWords.has(fold(word)));
  if (kept.length === 0) return { kept: [...words], dropped: [] };
  return { kept, dropped: words.filter((word) => !kept.includes(word)) };
}

/** Synonyms as the search page receives them: a typed word or phrase (folded, lower case) → the words to search instead. */
export type SynonymMap = Readonly<Record<string, readonly string[]>>;

export interface Expansion {
  words: string[];
  /** Which typed words were replaced by which. */
  applied: { from: string; to: string[] }[];
}

const LONGEST_PHRASE = 3;

/**
 * Replaces typed words and phrases by their synonyms' targets, longest phrase
 * first. Keys match exactly (after folding diacritics): editors list the forms
 * they want ("winkeldief", "winkeldieven"), so a real word is never replaced
 * because it looks like another ("overvallen" is not "overvaller").
 */
export function expandSynonyms(words: readonly string[], synonyms: SynonymMap): Expansion {
  const result: Expansion = { words: [], applied: [] };
  for (let index = 0; index < words.length; ) {
    let matched = false;
    for (let size = Math.min(LONGEST_PHRASE, words.length - index); size >= 1 && !matched; size--) {
      const phrase = words.slice(index, index + size).join(' ');
      const targets = synonyms[fold(phrase)];
      if (!targets) continue;
      result.words.push(...targets);
      result.applied.push({ from: phrase, to: [...targets] });
      index += size;
      matched = true;
    }
    if (!matched) result.words.push(words[index++]!);
  }
  return result;
}

/** A page that declares the situations it answers (front matter `situations`). */
export interface BestBet {
  url: string;
  title: string;
  type: string;
  situations: readonly string[];
}

/** A query as best bets see it. */
export interface QueryWords {
  /** Every typed word, stop words included. */
  tokens: readonly string[];
  /** The typed words that are searched (stop words left out, typos corrected). */
  kept: readonly string[];
  /** The searched words after synonyms. */
  expanded: readonly string[];
}

/**
 * Pages whose declared situation the query describes: the query holds every
 * word of the situation — its small words as typed ("ik ben overvallen" is
 * not just "overvallen"), its other words in some form — and the situation
 * covers more than half of the searched words ("hoe voorkom ik een overval"
 * is not "na een overval"). The most specific match (most words) comes first.
 */
export function matchBestBets<B extends BestBet>(query: QueryWords, bets: readonly B[], stopWords: ReadonlySet<string>): B[] {
  const scored: { bet: B; score: number }[] = [];
  const searched = [...query.kept, ...query.expanded];
  for (const bet of bets) {
    let best = 0;
    for (const situation of bet.situations) {
      const words = tokenize(situation);
      const content = words.filter((word) => !stopWords.has(word));
      const holds = words.every((word) => (stopWords.has(word) ? query.tokens.includes(word) : searched.some((typed) => sameStem(typed, word))));
      if (!content.length || !holds) continue;
      const covered = query.kept.filter((typed) => content.some((word) => sameStem(typed, word))).length;
      if (covered * 2 > query.kept.length) best = Math.max(best, words.length);
    }
    if (best) scored.push({ bet, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).map((entry) => entry.bet);
}
