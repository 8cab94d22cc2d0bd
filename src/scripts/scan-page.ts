/**
 * The self-scan in the browser. Filters the questions on the chosen sector (and `?thema=`), keeps
 * the answers in localStorage under one key (never sent: this script makes no request), and turns
 * them into the action list (src/lib/model/scan-actions.ts) from the advice the page already
 * holds. Updates are announced in a polite live region; "Wis mijn antwoorden" removes the key.
 * Without this script the page is a printable checklist with the advice under every question.
 */
import { actionList, appliesTo, readState, type ScanChoice, type ScanQuestion, type ScanState } from '../lib/model/scan-actions.ts';

type Strings = Record<'one' | 'many' | 'none' | 'empty' | 'findOut' | 'wiped', string>;

export function mountScan(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-scan]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const key = root.dataset.key!;
  const strings = JSON.parse(root.dataset.strings!) as Strings;
  const form = $<HTMLFormElement>('[data-scan-form]');
  const output = $('[data-scan-output]');
  const list = $('[data-action-list]');
  const status = $('[data-scan-status]');
  const count = $('[data-scan-count]');
  const good = $('[data-scan-good]');
  const sections = [...root.querySelectorAll<HTMLElement>('[data-scan-theme]')];
  const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
  const questions: ScanQuestion[] = fieldsets.map((set) => ({
    id: set.dataset.id!,
    theme: set.dataset.theme!,
    sectors: set.dataset.sectors!.split(' ').filter(Boolean),
    order: Number(set.dataset.order),
    risk: set.dataset.risk as ScanQuestion['risk'],
    priority: Number(set.dataset.priority),
  }));
  const themeOrder = sections.map((section) => section.dataset.scanTheme!);
  const query = new URLSearchParams(location.search);
  const theme = themeOrder.includes(query.get('thema') ?? '') ? query.get('thema')! : '';

  let state: ScanState;
  try {
    state = readState(localStorage.getItem(key));
  } catch {
    state = readState(null);
  }
  const sector = query.get('sector');
  if (sector !== null && form.querySelector(`input[name="sector"][value="${CSS.escape(sector)}"]`)) state.sector = sector;

  const save = () => {
    try {
      localStorage.setItem(key, JSON.stringify(state));
    } catch {
      // Private mode or storage full: the scan works, it is just not remembered.
    }
  };
  const shown = (question: ScanQuestion) => appliesTo(question, state.sector) && (!theme || question.theme === theme);

  const filter = () => {
    questions.forEach((question, index) => (fieldsets[index]!.hidden = !shown(question)));
    for (const section of sections) section.hidden = !section.querySelector('[data-question]:not([hidden])');
  };

  const render = (announce: boolean) => {
    const visible = questions.filter(shown);
    const actions = actionList(visible, state, themeOrder);
    const answered = visible.some((question) => state.answers[question.id]);
    list.replaceChildren(
      ...actions.map((action) => {
        const set = fieldsets[questions.findIndex((question) => question.id === action.id)]!;
        const item = doc.createElement('li');
        item.dataset.id = action.id;
        if (action.unsure) {
          const legend = set.querySelector('legend')!;
          const hint = doc.createElement('p');
          const question = doc.createElement('span');
          if (legend.lang) question.lang = legend.lang;
          question.append(...[...legend.childNodes].map((node) => node.cloneNode(true)));
          hint.append(`${strings.findOut} `, question);
          item.append(hint);
        }
        const advice = doc.createElement('p');
        const [text, link] = [set.querySelector('[data-advice-text]')!, set.querySelector('[data-advice-link]')!].map((node) => node.cloneNode(true));
        advice.append(text!, ' ', link!);
        item.append(advice);
        return item;
      }),
    );
    const message = !answered ? strings.empty : actions.length === 0 ? strings.none : (actions.length === 1 ? strings.one : strings.many).replace('{count}', String(actions.length));
    count.textContent = message;
    good.hidden = !answered || actions.length > 0;
    $('[data-scan-date]').textContent = new Date().toLocaleDateString(root.dataset.lang, { day: 'numeric', month: 'long', year: 'numeric' });
    if (announce) status.textContent = message;
  };

  // Restore the saved answers and sector, then enhance: advice moves to the action list.
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    input.checked = input.name === 'sector' ? input.value === state.sector : state.answers[input.name.slice(6)] === input.value;
  }
  root.classList.add('scan--live');
  for (const selector of ['[data-scan-sector]', '[data-scan-buttons]']) $(selector).hidden = false;
  if (theme) $('[data-scan-only]').hidden = false;
  filter();
  if (Object.keys(state.answers).length) {
    output.hidden = false;
    render(false);
  }

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'sector') {
      state.sector = input.value;
      filter();
    } else state.answers[input.name.slice(6)] = input.value as ScanChoice;
    save();
    if (!output.hidden) render(true);
  });
  // "Toon mijn actielijst" submits the form (also Enter on a radio): the list shows here, nothing is sent.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    output.hidden = false;
    render(true);
    $('#scan-resultaat').focus();
  });
  $('[data-scan-print]').addEventListener('click', () => window.print());
  $('[data-scan-wipe]').addEventListener('click', () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing was stored.
    }
    state = readState(null);
    form.reset();
    filter();
    output.hidden = true;
    list.replaceChildren();
    status.textContent = strings.wiped;
    form.querySelector<HTMLInputElement>('input')!.focus();
  });
}
