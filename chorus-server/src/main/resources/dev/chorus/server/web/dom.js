// Building page elements. Data only ever becomes text (textContent), never markup.

export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

export const number = (n) => Number(n).toLocaleString('en');
export const day = (iso) => (iso ? iso.slice(0, 10) : '');
export const percent = (share) => (100 * share).toFixed(1) + '%';

/** A share with its 95% interval: "12.5% [8.1–18.3]". */
export function proportion(p) {
  return percent(p.share) + ' [' + (100 * p.low).toFixed(1) + '–' + (100 * p.high).toFixed(1) + ']';
}

/** A button that looks like a link; onClick when pressed. */
export function linkButton(text, onClick, title) {
  const b = el('button', 'linkish', text);
  b.type = 'button';
  b.dir = 'auto';
  if (title) b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

/** A table: headers (a trailing '#' marks a number column) and rows of cells (text, numbers or elements). */
export function table(headers, rows, onRow) {
  const t = el('table');
  const head = el('tr');
  const numeric = headers.map((h) => h.endsWith('#'));
  headers.forEach((h, i) => head.append(el('th', numeric[i] ? 'num' : null, h.replace(/#$/, ''))));
  t.append(head);
  rows.forEach((row, r) => {
    const tr = el('tr');
    row.forEach((c, i) => {
      const td = el('td', numeric[i] ? 'num' : null);
      if (c instanceof Node) td.append(c);
      else td.textContent = c === null || c === undefined ? '' : (numeric[i] ? number(c) : String(c));
      td.dir = 'auto';
      tr.append(td);
    });
    if (onRow) {
      tr.classList.add('clickable');
      tr.tabIndex = 0;
      tr.addEventListener('click', (event) => {
        if (!event.target.closest('button, a')) onRow(r);
      });
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') onRow(r);
      });
    }
    t.append(tr);
  });
  return t;
}
