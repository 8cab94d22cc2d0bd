/**
 * B1 as a check: the Flesch-Douma score of every Dutch text of an edition (readability.ts), and a
 * warning with the hardest sentences for each text under the line of docs/schrijfwijzer.md
 * ("Leesbaarheid meten"). Run by `npm run check` and `npm run report`, not by the build: a score never
 * blocks publishing, and measuring every word would slow a build of thousands of pages.
 */
import type { ContentProblem } from '../messages/index.ts';
import type { CollectionPlan } from '../editions/index.ts';
import { proseOfMarkdown, readability } from './readability.ts';

/** Under this Flesch-Douma score a Dutch text reads harder than B1 (docs/schrijfwijzer.md). */
export const B1_LINE = 60;
/** Shorter texts (an event with two lines) give a score that says little. */
const MIN_WORDS = 40;

export interface TextScore {
  file: string;
  score: number;
  words: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  worst: { sentence: string; words: number; line: number | undefined }[];
}

/** The line of the file on which a sentence starts, found by its first words. */
function lineOf(text: string, sentence: string): number | undefined {
  const start = sentence.split(/\s+/u).slice(0, 4).join(' ');
  const index = text.split(/\r?\n/u).findIndex((line) => line.replace(/[*_`[\]]/gu, '').includes(start));
  return index < 0 ? undefined : index + 1;
}

// `npm run check` reads the national files once per edition: measure each text once.
const measuredTexts = new Map<string, ReturnType<typeof readability>>();
function measure(text: string): ReturnType<typeof readability> {
  let measured = measuredTexts.get(text);
  if (!measured) measuredTexts.set(text, (measured = readability(proseOfMarkdown(text).join('\n'))));
  return measured;
}

/** The score of every Dutch text file of an edition with enough words; a regional section is its own text. */
export function editionReadability(plans: Record<string, CollectionPlan>): TextScore[] {
  const scores: TextScore[] = [];
  for (const plan of Object.values(plans)) {
    for (const entry of plan.entries) {
      if (entry.lang !== 'nl' || !entry.file.endsWith('.mdx')) continue;
      const texts = [{ file: entry.file, text: entry.text }, ...(entry.extension ? [{ file: entry.extension.file, text: entry.extensionText ?? '' }] : [])];
      for (const { file, text } of texts) {
        if (scores.some((score) => score.file === file)) continue;
        const measured = measure(text);
        if (measured.words < MIN_WORDS) continue;
        scores.push({
          file,
          score: measured.fleschDouma,
          words: measured.words,
          wordsPerSentence: measured.wordsPerSentence,
          syllablesPerWord: measured.syllablesPerWord,
          worst: measured.worst.map((hard) => ({ sentence: hard.sentence, words: hard.words, line: lineOf(text, hard.sentence) })),
        });
      }
    }
  }
  return scores;
}

/** A warning per text under the B1 line, on the line of its hardest sentence. */
export function readabilityWarnings(scores: readonly TextScore[]): ContentProblem[] {
  return scores
    .filter((score) => score.score < B1_LINE)
    .map((score) => ({
      file: score.file,
      field: 'tekst',
      line: score.worst[0]?.line,
      found: `leesbaarheid ${score.score.toFixed(0)} (Flesch-Douma; ${score.wordsPerSentence.toFixed(1)} woorden per zin, ${score.syllablesPerWord.toFixed(2)} lettergrepen per woord); moeilijkste zinnen: ${score.worst.map((hard) => `"${hard.sentence.length > 90 ? `${hard.sentence.slice(0, 87)}…` : hard.sentence}" (${hard.words} woorden${hard.line ? `, regel ${hard.line}` : ''})`).join('; ')}`,
      expected: `minstens ${B1_LINE} (B1): kortere zinnen en kortere woorden; zie docs/schrijfwijzer.md, "Leesbaarheid meten"`,
    }));
}
