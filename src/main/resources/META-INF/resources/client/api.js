// The public API, as any single-page app would call it: JSON in and out, a bearer token when
// signed in, and every error as the problem+json the API sends.

const BASE = '/api/v1';
const TOKEN = 'ladder.session';

/** An error response: the problem+json body (type, title, status, detail, errors). */
export class Problem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

export function session() {
  const saved = sessionStorage.getItem(TOKEN);
  return saved ? JSON.parse(saved) : null;
}

export async function signIn(login, password) {
  const tokens = await call('POST', '/auth/login', { login, password });
  sessionStorage.setItem(TOKEN, JSON.stringify({ accessToken: tokens.accessToken, handle: tokens.user.handle }));
  return tokens.user;
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const current = session();
  if (current) headers.Authorization = `Bearer ${current.accessToken}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && current) signOut(); // an expired token: read on signed out
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Problem(json && json.title ? json : { title: response.statusText, status: response.status });
  }
  return json;
}
