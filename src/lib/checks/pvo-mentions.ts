/**
 * "Neem contact op met het PVO in uw regio" helps nobody who does not know which PVO that is. Every
 * such sentence must link to the list of PVO's ("Vind uw PVO"): with `<PvoLink>`, or a Markdown link
 * to /over/vind-uw-pvo/ (or its translation). The check finds the phrase in the visible text of a
 * paragraph or list item, so a link around other words ("[PVO](/over/wat-is-een-pvo/) in uw regio")
 * still counts as unlinked: it leads to an explanation, not to a PVO.
 */

/** Phrases that send the reader to "their" regional PVO, in Dutch and English. */
const REGIONAL_PVO = [
  /\b(?:PVO|Platforms? Veilig Ondernemen)(?:\s*\([^)]*\))?\s+(?:in|bij|uit)\s+(?:uw|hun|jouw|de eigen|uw eigen)\s+regio\b/iu,
  /\bregionale?\s+(?:PVO|Platforms? Veilig Ondernemen)\b/iu,
  /\b(?:PVO|Platforms? Veilig Ondernemen)(?:\s*\([^)]*\))?\s+in\s+(?:your|their)\s+(?:own\s+)?region\b/iu,
  /\byour\s+regional\s+(?:PVO|Platform Veilig Ondernemen)\b/iu,
];
/** What counts as a link to the PVO list. */
const PVO_LIST_LINK = /<PvoLink\b|\]\((?:\/[a-z]{2})?\/over\/vind-uw-pvo\/(?:#[^)]*)?\)/u;

export interface UnlinkedMention {
  /** 1-based line in the body. */
  line: number;
  phrase: string;
}

/** Paragraphs and list items of a Markdown body, with the line each starts on; code is skipped. */
function blocksOf(body: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  let fence: string | undefined;
  const flush = () => {
    if (current) blocks.push({ line: current.line, text: current.lines.join(' ') });
    current = undefined;
  };
  body.split(/\r?\n/u).forEach((line, index) => {
    const opener = /^\s*(```|~~~)/u.exec(line)?.[1];
    if (fence) {
      if (opener === fence) fence = undefined;
      return;
    }
    if (opener) {
      flush();
      fence = opener;
      return;
    }
    if (line.trim() === '' || /^\s*#{1,6}\s/u.test(line)) return flush();
    if (/^\s*(?:[-*+]|\d+[.)])\s+/u.test(line)) flush();
    if (current) current.lines.push(line.trim());
    else current = { line: index + 1, lines: [line.trim()] };
  });
  flush();
  return blocks;
}

/** The visible words of a block: link texts kept, link targets and tags dropped. */
const visibleText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '')
    .replace(/[*_`]/gu, '')
    .replace(/\s+/gu, ' ');

/** Every paragraph or list item that sends the reader to their regional PVO without linking to the list. */
export function unlinkedPvoMentions(body: string): UnlinkedMention[] {
  const found: UnlinkedMention[] = [];
  for (const block of blocksOf(body)) {
    if (PVO_LIST_LINK.test(block.text)) continue;
    const text = visibleText(block.text);
    const match = REGIONAL_PVO.map((pattern) => pattern.exec(text)).find(Boolean);
    if (match) found.push({ line: block.line, phrase: match[0] });
  }
  return found;
}
