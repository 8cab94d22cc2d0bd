/**
 * The search page's UI on Pagefind's JS API. Loaded only on /zoeken/; Pagefind
 * itself is fetched on first use. Results as you type, filters, keyboard
 * navigation, URL state (back and share work) and a live result count.
 */
import { MAX_RESULTS, parseSearchState, RANKING, serializeSearchState, toPagefindFilters, type SearchState } from '../lib/search.ts';

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
  types: Record<string, string>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: object): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

export function mountSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.getElementById('zoekstatus');
  if (!form || !list || !status) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const base = form.dataset.base ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  let latestRun = 0;
  let timer: number | undefined;
  // The current result list: every match, and how many of them are shown.
  let current: { state: SearchState; results: PagefindResult[]; shown: PagefindResultData[] } | undefined;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button search-more';
  more.textContent = strings.moreButton;
  more.hidden = true;
  list.after(more);

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, ranking: RANKING });
      await module.init();
      return module;
    }));

  const readForm = (): SearchState => parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));

  const writeForm = (state: SearchState) => {
    input.value = state.query;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const chosen: readonly string[] = box.name === 'type' ? state.types : state.themes;
      box.checked = chosen.includes(box.value);
    }
  };

  const itemFor = (result: PagefindResultData) => {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const type = document.createElement('p');
    type.className = 'tag';
    type.textContent = strings.types[result.filters.type?.[0] ?? ''] ?? '';
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> elements.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, type, excerpt);
    return item;
  };

  const announce = () => {
    if (!current) return;
    const total = current.results.length;
    const { state } = current;
    const count = total === 1 ? strings.one : fill(strings.many, { count: total });
    const forQuery = state.query ? ` ${fill(strings.for, { query: state.query })}` : '';
    const shown = total > current.shown.length ? ` (${fill(strings.more, { shown: current.shown.length })})` : '';
    status.textContent = total === 0 ? fill(strings.none, { query: state.query }) : `${count}${forQuery}${shown}.`;
    more.hidden = current.shown.length >= total;
  };

  /** Shows the next page of results; focus moves to the first new one when the visitor asked for more. */
  const showMore = async (run: number, moveFocus: boolean) => {
    if (!current) return;
    const next = await Promise.all(current.results.slice(current.shown.length, current.shown.length + MAX_RESULTS).map((result) => result.data()));
    if (run !== latestRun) return;
    const items = next.map(itemFor);
    list.append(...items);
    current.shown.push(...next);
    announce();
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  };

  const run = async (state: SearchState) => {
    const run = ++latestRun;
    const filters = toPagefindFilters(state);
    if (!state.query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      current = undefined;
      more.hidden = true;
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.loading;
    try {
      const engine = await load();
      const search = await engine.search(state.query || null, { filters });
      if (!search || run !== latestRun) return;
      current = { state, results: search.results, shown: [] };
      list.replaceChildren();
      await showMore(run, false);
    } catch {
      if (run === latestRun) status.textContent = strings.error;
    }
  };

  const update = (mode: 'push' | 'replace') => {
    const state = readForm();
    const query = serializeSearchState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
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
    const state = parseSearchState(new URLSearchParams(location.search));
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

  const initial = parseSearchState(new URLSearchParams(location.search));
  writeForm(initial);
  void run(initial);
}
