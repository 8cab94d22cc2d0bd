/**
 * The one way front matter is written — by people, by `npm run format:content`
 * and by the CMS (registered as its file format) — so that saving an entry in
 * the CMS changes only the lines of the fields that were edited. The content
 * check refuses files in another form. The form: fields in a fixed order
 * (`fieldOrder`: overlay fields, then the schema's, sources and keywords
 * last); ids and dates plain, every other text in double quotes; lists of
 * plain values on one line (words plain where YAML allows), lists of groups
 * one item per "- ".
 */
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';

const PLAIN = /^[a-z0-9][a-z0-9-]*$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** Fields that close the front matter, in this order. */
const LAST = ['sources', 'keywords', 'situations', 'editorial', 'translationOf', 'translationBasedOn', 'translationReviewed'];

/** The order of the fields of a collection's files, from its schema's field names. */
export function fieldOrder(schemaFields: readonly string[]): string[] {
  return ['overlay', 'basedOn', ...schemaFields.filter((field) => !LAST.includes(field) && field !== 'overlay' && field !== 'basedOn'), ...LAST];
}

function node(value: unknown, doc: Document, inFlow = false): unknown {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.flow = value.every((item) => item === null || typeof item !== 'object');
    for (const item of value) seq.items.push(node(item, doc, seq.flow) as never);
    return seq;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) if (item !== undefined) map.items.push(doc.createPair(key, node(item, doc)) as never);
    return map;
  }
  const scalar = new Scalar(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  if (typeof scalar.value === 'string' && !inFlow && !PLAIN.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** Front matter text (without the --- lines, ending in a newline) for the data, keys in `order` first. */
export function formatFrontMatter(data: Record<string, unknown>, order: readonly string[] = []): string {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  const doc = new Document();
  const map = new YAMLMap();
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) map.items.push(doc.createPair(key, node(data[key], doc)) as never);
  doc.contents = map as never;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}

/** A whole MDX file in the canonical form; the body is kept exactly as it is. */
export function formatMdx(data: Record<string, unknown>, body: string, order: readonly string[]): string {
  return `---\n${formatFrontMatter(data, order)}---\n${body}`;
}

/** The canonical text of an MDX file's front matter, or undefined when it has none. */
export function canonicalMdx(text: string, data: Record<string, unknown>, order: readonly string[]): string | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  return formatMdx(data, text.slice(match[0].length), order);
}
