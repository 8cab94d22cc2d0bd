/**
 * The script of toolkit pages (a few hundred bytes): shows the "Afdrukken"
 * button, and on a checklist or a stappenplan keeps the ticks in this browser's
 * localStorage (per page, never sent anywhere, no cookies) with a "x van y
 * gedaan" count and "Wis alles". A checklist's boxes are in the HTML (task
 * lists); a stappenplan gets one box per step (`[data-step]`) from here, so its
 * steps read as plain numbered text without JavaScript and in print. Both use
 * the one mechanism below, and both work offline (the worker keeps this script).
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

/** A checkbox at the end of every step, labelled "Stap n gedaan" (the label text comes from the page, in its language). */
function addStepBoxes(doc: Document, label: string): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLElement>('main li[data-step]')].map((step, index) => {
    const line = doc.createElement('p');
    line.className = 'step-done';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.className = 'task-check';
    box.id = `stap-${index + 1}`;
    const text = doc.createElement('label');
    text.className = 'task-label';
    text.htmlFor = box.id;
    text.textContent = label.replace('{step}', step.dataset.step ?? String(index + 1));
    line.append(box, text);
    step.append(line);
    return box;
  });
}

export function mountToolkitPage(doc: Document = document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  const tools = doc.querySelector<HTMLElement>('[data-checklist]');
  const boxes = tools?.dataset.stepLabel ? addStepBoxes(doc, tools.dataset.stepLabel) : [...doc.querySelectorAll<HTMLInputElement>('main input.task-check')];
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
