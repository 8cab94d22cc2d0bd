/**
 * A regional section (`overlay: extend`) with `after: <heading-id>` goes
 * right after that national section instead of at the end. The national
 * text is the one rendered, so this step marks the spot with an empty
 * `<aside data-regional-extension>`; the detail page maps `aside` (which
 * content itself can never contain) to the regional section component.
 * The heading is found by its text, read with the build's own pipeline
 * (the same ids as the check), so a reordered stappenplan still works.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { edition } from '../current-edition.ts';
import { editionPaths, planCollection } from '../edition-plan.ts';
import { element, textOf, type Ctx, type HNode } from './hast.ts';
import { readBody } from './pipeline.ts';

const EXTENDABLE = ['themes', 'concepts', 'toolkits', 'pages'] as const;
let placements: Map<string, { after: string; extension: string }> | undefined;

/** National file (repository path) → where its regional section goes, for this edition. */
function placementsOfEdition(): Map<string, { after: string; extension: string }> {
  if (!placements) {
    placements = new Map();
    if (!edition.isNational) {
      for (const collection of EXTENDABLE) {
        for (const entry of planCollection(collection, edition, editionPaths()).entries) {
          if (entry.extension?.after) placements.set(entry.file, { after: entry.extension.after, extension: entry.extension.id });
        }
      }
    }
  }
  return placements;
}

const level = (node: HNode) => (/^h[1-6]$/.test(node.tagName ?? '') ? Number(node.tagName![1]) : 0);

/** Index in `children` before which the section of the heading with this text ends (children.length: the end). */
export function endOfSection(children: HNode[], headingText: string): number | undefined {
  let target: { index: number; level: number } | undefined;
  for (const [index, node] of children.entries()) {
    const depth = level(node);
    if (!depth) continue;
    if (target && depth <= target.level) return index;
    if (!target && textOf(node).trim() === headingText) target = { index, level: depth };
  }
  return target ? children.length : undefined;
}

export const regionalPlacementPlugin = {
  name: 'kvo-regional-placement',
  after(root: HNode, ctx: Ctx) {
    if (edition.isNational || !ctx.fileURL) return;
    const file = relative(editionPaths().root, fileURLToPath(ctx.fileURL));
    const placement = placementsOfEdition().get(file);
    if (!placement) return;
    const heading = readBody(readFileSync(join(editionPaths().root, file), 'utf8'), file).scan.headings.find((candidate) => candidate.id === placement.after);
    const children = root.children ?? [];
    const end = heading ? endOfSection(children, heading.text) : undefined;
    // The overlay plan already refused an unknown heading id; this only guards against a changed text.
    if (end === undefined) throw new Error(`${placement.extension}: after "${placement.after}" is geen kop in de landelijke tekst`);
    const marker = element('aside', { dataRegionalExtension: placement.extension });
    if (end < children.length) ctx.insertBefore(children[end]! as never, marker as never);
    else ctx.appendChild(root as never, marker as never);
  },
};
