/**
 * The console's session lives in two httpOnly cookies so that no page script can read a token: the access
 * token for every API path, the refresh token only for the session routes that rotate or end it.
 * SameSite=Strict keeps them off cross-site requests; writes made with the cookie must also carry
 * `X-Requested-With` (see JwtStrategy), which a cross-site form cannot send and a cross-site fetch cannot
 * send without a CORS preflight this server never grants.
 */
export const ACCESS_COOKIE = 'ep_access';
export const REFRESH_COOKIE = 'ep_refresh';
export const API_COOKIE_PATH = '/api/v1';
export const SESSION_COOKIE_PATH = '/api/v1/auth/session';
export const CSRF_HEADER = 'x-requested-with';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  protocol?: string;
}

export function readCookie(request: RequestLike, name: string): string | null {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

function cookie(name: string, value: string, path: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${encodeURIComponent(value)}; Path=${path}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function sessionCookies(request: RequestLike, tokens: { accessToken: string; refreshToken: string; expiresIn: number }, refreshTtlSeconds: number): string[] {
  const secure = request.protocol === 'https';
  return [
    cookie(ACCESS_COOKIE, tokens.accessToken, API_COOKIE_PATH, tokens.expiresIn, secure),
    cookie(REFRESH_COOKIE, tokens.refreshToken, SESSION_COOKIE_PATH, refreshTtlSeconds, secure),
  ];
}

export function clearedSessionCookies(request: RequestLike): string[] {
  const secure = request.protocol === 'https';
  return [cookie(ACCESS_COOKIE, '', API_COOKIE_PATH, 0, secure), cookie(REFRESH_COOKIE, '', SESSION_COOKIE_PATH, 0, secure)];
}
