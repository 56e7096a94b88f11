// Reads and writes the JSON API; an error carries the API's message and the parameter at fault.
export class ApiError extends Error {
  constructor(message, parameter, status) {
    super(message);
    this.parameter = parameter;
    this.status = status;
  }
}

// A server past its queue answers 503 {"reason": "busy"} with Retry-After: the page says so and asks again after
// that many seconds, up to MAX_RETRIES times. Any other 503 (a query past its time budget) is shown as an error:
// asking the same again would not help.
const MAX_RETRIES = 30;
let retrying = 0;

function showBusy(delta) {
  retrying += delta;
  const box = document.getElementById('busy');
  if (!box) return;
  box.hidden = retrying === 0;
  box.textContent = retrying === 0 ? '' : 'busy, retrying…';
}

async function request(url, init) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, init);
    if (response.status !== 503 || attempt >= MAX_RETRIES) return response;
    const body = await response.clone().json().catch(() => null);
    if (!body || body.reason !== 'busy') return response;
    const seconds = Math.min(60, Math.max(1, Number(response.headers.get('Retry-After')) || 1));
    showBusy(+1);
    try {
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    } finally {
      showBusy(-1);
    }
  }
}

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(body && body.error ? body.error : response.statusText, body ? body.parameter : null,
      response.status);
  }
  return body;
}

export async function getJson(path, params) {
  const query = params ? params.toString() : '';
  return answer(await request(path + (query ? '?' + query : ''), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }));
}

export async function postJson(path, body) {
  return answer(await request(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }));
}
