// Reads and writes the JSON API; an error carries the API's message and the parameter at fault.
export class ApiError extends Error {
  constructor(message, parameter, status) {
    super(message);
    this.parameter = parameter;
    this.status = status;
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
  return answer(await fetch(path + (query ? '?' + query : ''), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }));
}

export async function postJson(path, body) {
  return answer(await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }));
}
