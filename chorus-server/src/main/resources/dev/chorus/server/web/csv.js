// CSV files made in the browser from the API's JSON, downloaded with the filters in their names.

/** One CSV cell: quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value) {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(s)) s = "'" + s;
  return /[",\r\n]/u.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * The CSV text, starting with a byte-order mark: without it Excel reads UTF-8 as the local code page and Persian,
 * Arabic and Hebrew text turns into mojibake; other readers skip the mark.
 */
export function toCsv(header, rows) {
  return '\ufeff' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function download(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
