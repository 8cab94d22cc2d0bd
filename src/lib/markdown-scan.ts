/**
 * A light scan of a Markdown/MDX body for what the content checks need:
 * headings (with the ids Astro gives them), links and images, each with its
 * line in the file. Fenced code is skipped.
 */
import GithubSlugger from 'github-slugger';

export interface Heading {
  level: number;
  text: string;
  id: string;
  line: number;
}
export interface Link {
  url: string;
  line: number;
}
export interface Image {
  alt: string;
  src: string;
  line: number;
}
export interface BodyScan {
  headings: Heading[];
  links: Link[];
  images: Image[];
}

/** Text as the reader sees it: inline links, emphasis and code marks removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

/** `firstLine` is the file line on which the body starts (after the front matter). */
export function scanBody(body: string, firstLine = 1): BodyScan {
  const slugger = new GithubSlugger();
  const scan: BodyScan = { headings: [], links: [], images: [] };
  let inFence = false;
  body.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const text = raw.replace(/`[^`]*`/g, '');
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) {
      const plain = plainText(heading[2]!);
      scan.headings.push({ level: heading[1]!.length, text: plain, id: slugger.slug(plain), line });
    }
    for (const match of text.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (match[1]) scan.images.push({ alt: match[2]!.trim(), src: match[3]!, line });
      else scan.links.push({ url: match[3]!, line });
    }
  });
  return scan;
}

/** The file line where the body of an MDX file starts (1 when there is no front matter). */
export function bodyStartLine(fileText: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(fileText);
  return match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1) : 1;
}
