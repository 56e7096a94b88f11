// Reads the JSON API; an error carries the API's message and the parameter at fault.
export class ApiError extends Error {
  constructor(message, parameter, status) {
    super(message);
    this.parameter = parameter;
    this.status = status;
  }
}

export async function getJson(path, params) {
  const query = params ? params.toString() : '';
  const response = await fetch(path + (query ? '?' + query : ''), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
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
