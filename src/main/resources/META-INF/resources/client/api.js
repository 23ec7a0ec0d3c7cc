// The public API, as any single-page app would call it: JSON in and out, a bearer token when
// signed in, and every error as the problem+json the API sends.

const BASE = '/api/v1';
const SESSION = 'ladder.session';

/** An error response: the problem+json body (type, title, status, detail, errors). */
export class Problem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/** The signed-in user's tokens and handle, or null. Kept per tab (sessionStorage). */
export function session() {
  const saved = sessionStorage.getItem(SESSION);
  return saved ? JSON.parse(saved) : null;
}

/** Stores the tokens (null: signs out) and tells the page with a `ladder:session` event. */
function keep(tokens) {
  if (tokens) {
    sessionStorage.setItem(SESSION, JSON.stringify(
      { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, handle: tokens.user.handle }));
  } else {
    sessionStorage.removeItem(SESSION);
  }
  window.dispatchEvent(new Event('ladder:session'));
}

export async function register(account) {
  keep(await call('POST', '/auth/register', account));
}

export async function signIn(login, password) {
  keep(await call('POST', '/auth/login', { login, password }));
}

/** Revokes the refresh token's family on the server too; signed out here whatever it answers. */
export async function signOut() {
  const current = session();
  keep(null);
  if (current) await send('POST', '/auth/logout', { refreshToken: current.refreshToken }).catch(() => {});
}

let refreshing = null;

/**
 * After a 401 on `staleToken`: trades the refresh token for a new pair, once for all the calls that
 * failed together (a refresh token works once; using a rotated one revokes the whole login).
 * A refused refresh signs out. Either way the session no longer holds `staleToken`.
 */
function refresh(staleToken) {
  refreshing ??= (async () => {
    const current = session();
    if (!current || current.accessToken !== staleToken) return; // signed out, or refreshed meanwhile
    try {
      keep((await send('POST', '/auth/refresh', { refreshToken: current.refreshToken })).body);
    } catch {
      keep(null);
    }
  })().finally(() => { refreshing = null; });
  return refreshing;
}

/** One exchange without the session: resolves to { body, etag } or throws a Problem. */
async function send(method, path, body, headers = {}) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Accept: 'application/json, application/problem+json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Problem(json && json.title ? json : { title: response.statusText, status: response.status });
  return { body: json, etag: response.headers.get('ETag') };
}

/**
 * A call as the signed-in user (or signed out): resolves to { body, etag }. On a 401 the access
 * token has expired: the call goes again after a refresh, or signed out if that fails. Signed out,
 * no Authorization is sent (the API refuses a stale one even on reads).
 */
export async function exchange(method, path, body, headers = {}) {
  const token = session()?.accessToken;
  try {
    return await send(method, path, body, token ? { ...headers, Authorization: `Bearer ${token}` } : headers);
  } catch (error) {
    if (!token || error.problem?.status !== 401) throw error;
    await refresh(token);
    return exchange(method, path, body, headers);
  }
}

/** The body of a call as the signed-in user. */
export async function call(method, path, body) {
  return (await exchange(method, path, body)).body;
}
