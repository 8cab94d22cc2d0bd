import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingSections, sectionsOf } from '../../../src/lib/markdown/steps.ts';
import { endOfSection } from '../../../src/lib/markdown/html-steps.ts';
import { withRegionalHeading } from '../../../src/lib/site/regional-toc.ts';
import type { HNode } from '../../../src/lib/markdown/hast.ts';

const h = (level: number, text: string): HNode => ({ type: 'element', tagName: `h${level}`, properties: { id: text.toLowerCase() }, children: [{ type: 'text', value: text }] });
const el = (tagName: string): HNode => ({ type: 'element', tagName, properties: {}, children: [] });

test('a stappenplan opens with its steps: the sections before the first steps move after the last', () => {
  const usage = [h(2, 'Zo gebruikt u dit stappenplan'), el('p')];
  const numbers = [h(2, 'Belangrijke nummers'), el('ul')];
  const direct = [h(2, 'Direct'), el('ol')];
  const later = [h(2, 'Daarna'), el('ol')];
  const more = [h(2, 'Meer weten?'), el('ul')];
  const sections = sectionsOf([...usage, ...numbers, ...direct, ...later, ...more]);
  assert.equal(sections.length, 5);
  const plan = leadingSections(sections)!;
  assert.deepEqual(plan.moved, [usage, numbers]);
  assert.equal(plan.after, sections[3]);
  assert.equal(leadingSections(sectionsOf([...direct, ...usage])), undefined, 'already opens with steps');
  assert.equal(leadingSections(sectionsOf([...usage, ...more])), undefined, 'no steps at all');
});

test('a regional section placed after a heading ends where the next heading of that level starts', () => {
  const children = [h(2, 'Direct'), el('ol'), h(3, 'Detail'), el('p'), h(2, 'Daarna'), el('ol')];
  assert.equal(endOfSection(children, 'direct'), 4);
  assert.equal(endOfSection(children, 'detail'), 4);
  assert.equal(endOfSection(children, 'daarna'), children.length);
  assert.equal(endOfSection(children, 'bestaat-niet'), undefined);
});

test('"Op deze pagina" lists the regional section in its place', () => {
  const headings = [
    { depth: 2, slug: 'direct', text: 'Direct' },
    { depth: 3, slug: 'detail', text: 'Detail' },
    { depth: 2, slug: 'daarna', text: 'Daarna' },
  ];
  assert.deepEqual(withRegionalHeading(headings, 'direct', 'In de regio').map((heading) => heading.slug), ['direct', 'detail', 'in-de-regio', 'daarna']);
  assert.deepEqual(withRegionalHeading(headings, undefined, 'In de regio').map((heading) => heading.slug), ['direct', 'detail', 'daarna', 'in-de-regio']);
});
