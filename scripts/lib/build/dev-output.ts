/**
 * `npm run dev`: Astro's own terminal lines that follow from a content error
 * the loaders already reported in Dutch. When a file is broken from the start,
 * its entry is missing and Astro logs one English "Invalid content reference"
 * line for every text that refers to it; those become one Dutch line per
 * missing entry. Every other line passes unchanged.
 */
import { count } from '../../../src/lib/messages/wording.ts';

const ANSI = /\u001b\[[0-9;]*m/g;
const REFERENCE = /Invalid content reference: entry "([^"]+)" in collection "([^"]+)".* references "([^"]+)" in collection "([^"]+)", but that entry does not exist\./;

/** The Dutch line for texts that refer to an entry left out because of its error. */
export function missingReferenceLine(target: string, owners: readonly string[]): string {
  const shown = owners.slice(0, 4).join(', ') + (owners.length > 4 ? ', …' : '');
  return (
    `  ✗ ${count(owners.length, 'tekst verwijst', 'teksten verwijzen')} naar ${target} (${shown}), dat door de fout hierboven ontbreekt. ` +
    'Hun pagina’s tonen de foutpagina tot u die fout verbetert.\n'
  );
}

/**
 * A filter for the dev server's output: `push` text as it arrives, `write`
 * receives it with the reference lines grouped. A group is written when another
 * line arrives or after a short pause (`flush`).
 */
export function devOutputFilter(write: (text: string) => void, pauseMs = 150): { push: (chunk: string) => void; flush: () => void } {
  let partial = '';
  const groups = new Map<string, string[]>();
  let timer: NodeJS.Timeout | undefined;
  const writeGroups = () => {
    for (const [target, owners] of groups) write(missingReferenceLine(target, owners));
    groups.clear();
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    writeGroups();
    // A prompt or progress text without a newline yet.
    if (partial) write(partial);
    partial = '';
  };
  const push = (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const match = REFERENCE.exec(line.replace(ANSI, ''));
      if (match) {
        const [, owner, ownerCollection, id, collection] = match;
        const target = `${collection}/${id}`;
        groups.set(target, [...(groups.get(target) ?? []), `${ownerCollection}/${owner}`]);
        continue;
      }
      writeGroups();
      write(`${line}\n`);
    }
    if (timer) clearTimeout(timer);
    timer = groups.size || partial ? setTimeout(flush, pauseMs) : undefined;
  };
  return { push, flush };
}
