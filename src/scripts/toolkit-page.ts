/**
 * The only script on toolkit pages (a few hundred bytes): shows the
 * "Afdrukken" button, and on a checklist keeps the ticks in this browser's
 * localStorage (per checklist, never sent anywhere, no cookies) with a
 * "x van y gedaan" count and "Wis alles". Without JavaScript the checkboxes
 * still tick and the browser's own print menu still prints.
 */
const STORAGE_PREFIX = 'kvo-checklist:';

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function write(key: string, ids: string[]): void {
  try {
    if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
    else localStorage.removeItem(key);
  } catch {
    // Private mode or storage full: ticking still works, it is just not remembered.
  }
}

export function mountToolkitPage(doc: Document = document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  const tools = doc.querySelector<HTMLElement>('[data-checklist]');
  const boxes = [...doc.querySelectorAll<HTMLInputElement>('main input.task-check')];
  if (!tools || !boxes.length) return;
  const key = STORAGE_PREFIX + location.pathname;
  const status = tools.querySelector<HTMLElement>('[data-checklist-status]')!;
  const clear = tools.querySelector<HTMLButtonElement>('[data-checklist-clear]')!;
  const saved = new Set(read(key));
  for (const box of boxes) if (saved.has(box.id)) box.checked = true;
  const update = (save: boolean) => {
    const done = boxes.filter((box) => box.checked);
    status.textContent = (tools.dataset.progress ?? '{done}/{total}').replace('{done}', String(done.length)).replace('{total}', String(boxes.length));
    clear.disabled = done.length === 0;
    if (save) write(key, done.map((box) => box.id));
  };
  for (const box of boxes) box.addEventListener('change', () => update(true));
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    update(true);
    boxes[0]?.focus();
  });
  tools.hidden = false;
  update(false);
}
