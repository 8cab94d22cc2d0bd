/**
 * The search page's UI on Pagefind's JS API. Loaded only on /zoeken/; Pagefind
 * itself is fetched on first use. Results as you type, filters, keyboard
 * navigation, URL state (back and share work) and a live result count.
 */
import { MAX_RESULTS, parseSearchState, RANKING, serializeSearchState, toPagefindFilters, type SearchState } from '../lib/search.ts';

interface Strings {
  loading: string;
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
  search(query: string | null, options: object): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
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

  const render = (results: PagefindResultData[], total: number, state: SearchState) => {
    list.replaceChildren(
      ...results.map((result) => {
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
      }),
    );
    const count = total === 1 ? strings.one : fill(strings.many, { count: total });
    const forQuery = state.query ? ` ${fill(strings.for, { query: state.query })}` : '';
    const shown = total > results.length ? ` (${fill(strings.more, { shown: results.length })})` : '';
    status.textContent = total === 0 ? fill(strings.none, { query: state.query }) : `${count}${forQuery}${shown}.`;
  };

  const run = async (state: SearchState) => {
    const run = ++latestRun;
    const filters = toPagefindFilters(state);
    if (!state.query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.loading;
    try {
      const engine = await load();
      const search = await engine.search(state.query || null, { filters });
      if (!search || run !== latestRun) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (run === latestRun) render(data, search.results.length, state);
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
