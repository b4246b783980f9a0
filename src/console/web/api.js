// The console talks only to the public API. It never sees a token: the session is an httpOnly cookie the
// server sets at POST /auth/session; every request carries X-Requested-With, which the server requires of
// cookie-authenticated writes (CSRF protection).
import { currentLang } from './i18n.js';

export const API = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

let onSessionEnded = () => {};

/** Called when the session cannot be renewed: the shell shows the login page with "session expired". */
export function whenSessionEnds(handler) {
  onSessionEnded = handler;
}

/** A JSON body, or a File sent raw under its own type (evidence uploads). */
function send(method, path, body) {
  const headers = { 'X-Requested-With': 'e-performance-console', 'Accept-Language': currentLang() };
  const raw = body instanceof window.Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type : 'application/json';
  return fetch(API + path, { method, headers, credentials: 'same-origin', body: body === undefined || raw ? body : JSON.stringify(body) });
}

async function parse(res) {
  if (res.status === 204) return null;
  const type = res.headers.get('content-type') ?? '';
  return type.includes('json') ? res.json() : res.text();
}

let renewing = null;

/** The access cookie lives minutes; the refresh cookie renews it once per expiry, shared by parallel calls. */
async function renew() {
  renewing ??= send('POST', '/auth/session/refresh').finally(() => setTimeout(() => (renewing = null), 0));
  return (await renewing).ok;
}

async function sendRenewing(method, path, body) {
  const res = await send(method, path, body);
  if (res.status !== 401 || path.startsWith('/auth/session')) return res;
  return (await renew()) ? send(method, path, body) : res;
}

export async function api(method, path, body) {
  const res = await sendRenewing(method, path, body);
  if (res.status === 401 && !path.startsWith('/auth/session')) {
    onSessionEnded();
    throw new ApiError(401, await parse(res));
  }
  const data = await parse(res);
  if (!res.ok) throw new ApiError(res.status, typeof data === 'object' ? data : null);
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
/** The file itself is the body, its type the Content-Type (PUT /activities/{id}/evidence). */
export const putFile = (path, file) => api('PUT', path, file);

export async function login(username, password) {
  return api('POST', '/auth/session', { username, password });
}

/** A password an administrator set is changed before anything else; the server then renews the session cookies. */
export async function changePassword(currentPassword, newPassword) {
  return api('POST', '/auth/session/password', { currentPassword, newPassword });
}

export async function logout() {
  await send('DELETE', '/auth/session');
}

/** Who is logged in, or null when there is no valid session (renewed once if the access cookie expired). */
export async function whoAmI() {
  const res = await sendRenewing('GET', '/me');
  if (res.status === 401) return null;
  if (!res.ok) throw new ApiError(res.status, await parse(res));
  return res.json();
}

/** Every page of a list (cursor pagination). */
export async function getAll(path) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(`${path}${path.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}
