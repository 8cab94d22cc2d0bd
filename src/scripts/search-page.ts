/**
 * The search page's UI on Pagefind's JS API. Loaded only on /zoeken/; Pagefind
 * and the search aids (stop words, synonyms, best bets, vocabulary) are
 * fetched on first use. Results as you type, questions and typos understood
 * (src/lib/search/search-run.ts), filters (whatever groups the page offers), keyboard
 * navigation, URL state (back and share work) and a live result count.
 */
import { FILTER_TYPE, GUIDE_TYPE, META_KEYWORDS, MAX_RESULTS, parseSearchState, RANKING, serializeSearchState, toPagefindFilters, type FilterGroup, type SearchState } from '../lib/search/search.ts';
import type { SearchAids } from '../lib/search/search-aids.ts';
import { runSearch, type Aids, type Outcome } from '../lib/search/search-run.ts';
import { tokenize, type BestBet } from '../lib/search/search-words.ts';
import { covers, decodeVocabulary } from '../lib/search/vocabulary.ts';

interface Strings {
  loading: string;
  moreButton: string;
  error: string;
  empty: string;
  none: string;
  one: string;
  many: string;
  more: string;
  for: string;
  filters: string;
  filtersCount: string;
  corrected: string;
  didYouMean: string;
  words: string;
  partial: string;
  synonym: string;
  bestBet: string;
  types: Record<string, string>;
}

interface PagefindResultData {
  url: string;
  content: string;
  /** Word positions of the matches in `content`. */
  locations: number[];
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Meta fields the words matched in (Pagefind 1.6). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: object): Promise<{ results: PagefindResult[] } | null>;
}

/** A shown result: Pagefind's data, or a best bet from the aids file. */
type Shown = Pick<PagefindResultData, 'url' | 'excerpt'> & { title: string; type: string; bet?: boolean };

/** A guide whose title or keywords hold the words is about them (not one that only mentions them). */
const GUIDE_FIELDS = ['title', META_KEYWORDS];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/** A template filled with DOM nodes (so typed words are never parsed as HTML). */
function fillNodes(template: string, values: Record<string, Node | string>): Node[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const value = /^\{(\w+)\}$/.exec(part)?.[1];
    const node = value === undefined ? undefined : values[value];
    return node === undefined ? document.createTextNode(part) : typeof node === 'string' ? document.createTextNode(node) : node;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mountSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.getElementById('zoekstatus');
  const notes = document.querySelector<HTMLElement>('[data-search-notes]');
  const help = document.querySelector<HTMLElement>('[data-search-help]');
  const filterBox = form?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!form || !list || !status || !notes || !help) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const base = form.dataset.base ?? '/';
  const searchPath = location.pathname;
  // Filter groups are whatever fieldsets the page offers: `data-filter` names the Pagefind filter.
  const groups: FilterGroup[] = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')].map((fieldset) => {
    const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    return { param: boxes[0]?.name ?? '', filter: fieldset.dataset.filter ?? '', values: boxes.map((box) => box.value) };
  });
  let pagefind: Promise<Pagefind> | undefined;
  let aids: Promise<Aids> | undefined;
  let latestRun = 0;
  let timer: number | undefined;
  // The current result list: best bets and every match, and how many of them are shown.
  let current: { state: SearchState; outcome: Outcome<PagefindResult>; shown: number } | undefined;
  const more = element('button', strings.moreButton);
  more.type = 'button';
  more.className = 'button search-more';
  more.hidden = true;
  list.after(more);

  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, ranking: RANKING });
      await module.init();
      return module;
    });
    aids ??= fetch(form.dataset.aids ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<SearchAids>) : undefined))
      .catch(() => undefined)
      .then((data) => ({
        stop: new Set(data?.stop.split(' ') ?? []),
        synonyms: data?.synonyms ?? {},
        bets: data?.bets ?? [],
        vocabulary: decodeVocabulary(data?.vocabulary ?? {}),
      }));
    return Promise.all([pagefind, aids]);
  };

  const readForm = (): SearchState => {
    const params = new URLSearchParams(new FormData(form) as unknown as string[][]);
    const state = parseSearchState(params, groups);
    // Typing a new query ends "search literally".
    return { ...state, literal: Boolean(current?.state.literal && current.state.query === state.query) };
  };

  const countFilters = () => {
    const chosen = form.querySelectorAll('fieldset[data-filter] input:checked').length;
    const summary = filterBox?.querySelector('[data-filter-summary]');
    if (summary) summary.textContent = chosen ? fill(strings.filtersCount, { count: chosen }) : strings.filters;
  };

  const writeForm = (state: SearchState) => {
    input.value = state.query;
    for (const group of groups) {
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${group.param}"]`)) box.checked = (state.filters[group.param] ?? []).includes(box.value);
    }
    countFilters();
  };

  const searchLink = (query: string, literal: boolean) => {
    const link = element('a');
    link.href = `${searchPath}?${serializeSearchState({ query, literal, filters: current?.state.filters ?? {} }, groups)}`;
    link.append(element('em', query));
    return link;
  };

  const itemFor = (result: Shown) => {
    const item = element('li');
    const heading = element('h2');
    const link = element('a', result.title);
    link.href = result.url;
    heading.append(link);
    const type = element('p', [strings.types[result.type] ?? '', result.bet ? strings.bestBet : ''].filter(Boolean).join(' · '));
    type.className = 'tag';
    item.append(heading, type);
    if (result.excerpt) {
      const excerpt = element('p');
      // Pagefind escapes the page text and adds only <mark> elements.
      excerpt.innerHTML = result.excerpt;
      item.append(excerpt);
    }
    return item;
  };

  const total = () => (current ? current.outcome.bets.length + current.outcome.results.length : 0);

  const explain = () => {
    if (!current) return;
    const { outcome, state } = current;
    const paragraphs: Node[][] = [];
    // "Results for phishing. Search instead for fising." / "Did you mean phishing?"
    const withCorrections = (changes: Outcome<PagefindResult>['corrections']) => {
      const byWord = new Map(changes.map(({ from, to }) => [from, to]));
      return tokenize(state.query).map((word) => byWord.get(word) ?? word).join(' ');
    };
    if (outcome.corrections.length) {
      paragraphs.push(fillNodes(strings.corrected, { corrected: element('strong', withCorrections(outcome.corrections)), original: searchLink(state.query, true) }));
    }
    if (outcome.suggestions.length && !total()) {
      paragraphs.push(fillNodes(strings.didYouMean, { suggestion: searchLink(withCorrections(outcome.suggestions), false) }));
    }
    if (total() && (outcome.partial || outcome.dropped.length)) {
      paragraphs.push(fillNodes(outcome.partial ? strings.partial : strings.words, { words: outcome.words.join(', ') }));
    }
    for (const { from, to } of outcome.synonyms) paragraphs.push(fillNodes(strings.synonym, { from, to: element('strong', to.join(' ')) }));
    notes.replaceChildren(...paragraphs.map((nodes) => {
      const paragraph = element('p');
      paragraph.append(...nodes);
      return paragraph;
    }));
  };

  const announce = () => {
    if (!current) return;
    const count = total();
    const { state } = current;
    const countText = count === 1 ? strings.one : fill(strings.many, { count });
    const forQuery = state.query ? ` ${fill(strings.for, { query: state.query })}` : '';
    const shown = count > current.shown ? ` (${fill(strings.more, { shown: current.shown })})` : '';
    status.textContent = count === 0 ? fill(strings.none, { query: state.query }) : `${countText}${forQuery}${shown}.`;
    more.hidden = current.shown >= count;
    help.hidden = count > 0;
  };

  /** Shows the next page of results; focus moves to the first new one when the visitor asked for more. */
  const showMore = async (run: number, moveFocus: boolean) => {
    if (!current) return;
    const { bets, results } = current.outcome;
    const start = current.shown;
    const end = Math.min(start + MAX_RESULTS, total());
    const betIds = new Set(current.outcome.betIds);
    const fromBets = bets.slice(start, end).map((bet: BestBet): Shown => ({ url: bet.url, title: bet.title, excerpt: '', type: bet.type, bet: true }));
    const fromPagefind = await Promise.all(
      results.slice(Math.max(0, start - bets.length), Math.max(0, end - bets.length)).map(async (result): Promise<Shown> => {
        const data = await result.data();
        return { url: data.url, excerpt: data.excerpt, title: data.meta.title ?? data.url, type: data.filters.type?.[0] ?? '', bet: betIds.has(result.id) };
      }),
    );
    if (run !== latestRun) return;
    const items = [...fromBets, ...fromPagefind].map(itemFor);
    list.append(...items);
    current.shown = end;
    announce();
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  };

  const run = async (state: SearchState, focusCount = false) => {
    const run = ++latestRun;
    const filters = toPagefindFilters(state, groups);
    help.hidden = true;
    if (!state.query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      notes.replaceChildren();
      current = undefined;
      more.hidden = true;
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.loading;
    try {
      const [engine, searchAids] = await load();
      const search = async (term: string | null) => (await engine.search(term, { filters }))?.results ?? [];
      const outcome: Outcome<PagefindResult> = state.query
        ? await runSearch(state.query, searchAids, (term) => search(term), {
            literal: state.literal,
            bets: Object.keys(filters).length === 0,
            confirm,
            // Theme guides among the first three when the words are in their title or keywords, unless the visitor filters by type.
            ...(filters[FILTER_TYPE] ? {} : { guides: async (term: string) => ((await engine.search(term, { filters: { ...filters, [FILTER_TYPE]: { any: [GUIDE_TYPE] } } }))?.results ?? []).filter((result) => result.matchedMetaFields?.some((field) => GUIDE_FIELDS.includes(field))) }),
          })
        : { results: await search(null), bets: [], betIds: [], words: [], dropped: [], corrections: [], suggestions: [], synonyms: [], partial: false };
      if (run !== latestRun) return;
      current = { state, outcome, shown: 0 };
      list.replaceChildren();
      explain();
      await showMore(run, false);
      // Only when the visitor has not moved on yet (focus still on the page itself).
      if (focusCount && run === latestRun && (document.activeElement === document.body || !document.activeElement)) status.focus();
    } catch {
      if (run === latestRun) status.textContent = strings.error;
    }
  };

  /** Whether the best hit for a word holds it (in its text or title/keywords), not just a stem of a typo. */
  const confirm = async (word: string, hits: PagefindResult[]) => {
    const data = await hits[0]!.data();
    const words = data.content.split(/\s+/);
    const matched = [...data.locations.map((location) => words[location] ?? ''), data.meta.title ?? '', data.meta.trefwoorden ?? ''].join(' ');
    return tokenize(matched).some((found) => covers(word, found));
  };

  const update = (mode: 'push' | 'replace') => {
    const state = readForm();
    const query = serializeSearchState(state, groups);
    const url = `${searchPath}${query ? `?${query}` : ''}`;
    if (url !== `${searchPath}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    countFilters();
    void run(state);
  };

  more.addEventListener('click', () => void showMore(latestRun, true));
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update('replace'), 200);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) update('replace');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    update('push');
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search), groups);
    writeForm(state);
    void run(state);
  });

  // Arrow keys move between the box and the result links; Escape returns to the box.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && event.target === input) {
      list.querySelector('a')?.focus();
      event.preventDefault();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) next.focus();
      else if (event.key === 'ArrowUp') input.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  // Wide screens show the filters open; on a phone they stay folded under "Filters (n)".
  if (filterBox && window.matchMedia('(min-width: 48em)').matches) filterBox.open = true;

  const initial = parseSearchState(new URLSearchParams(location.search), groups);
  writeForm(initial);
  // Arriving with a query (from the header form or a shared link): focus goes to the result count, which is read out.
  void run(initial, Boolean(initial.query));
}
