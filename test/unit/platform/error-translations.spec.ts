import { detailFor, hasIndonesianNoun, indonesianTemplate } from '../../../src/platform/http/messages';
import { RaiseSite, scanErrorCodes } from '../../support/error-codes';

/**
 * Every error code the source can raise, found by reading src/ (test/support/error-codes.ts): a code added
 * later without its Bahasa Indonesia fails here, before a user with `Accept-Language: id` meets English.
 */
const { sites, unreadable } = scanErrorCodes();

/** The names a template repeats, e.g. `{month}`. */
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** Whether the raise site passes `name` as a parameter (an object key, or shorthand). */
function passes(site: RaiseSite, name: string): boolean {
  if (name === 'field' && site.passesField) return true;
  if ((name === 'what' || name === 'id') && site.code === 'NOT_FOUND' && site.call.startsWith('DomainError.notFound(')) return true;
  return new RegExp(`[{,]\\s*${name}\\s*[:,}]`).test(site.call) || (name === 'reason' && site.reason !== undefined);
}

/** The English detail a site writes, its `${…}` shown as `…`: what an English caller reads. */
function englishOf(site: RaiseSite): string {
  const written = site.english ?? '';
  return written.replace(/\$\{[^}]*\}/g, '…').replace(/^['"`]|['"`]$/g, '');
}

describe('every error code is translated', () => {
  it('the scan reads the code of every raise site (a computed code must be listed as a forwarder)', () => {
    expect(unreadable).toEqual([]);
    expect(new Set(sites.map((s) => s.code)).size).toBeGreaterThan(200);
  });

  it('each code has a Bahasa Indonesia detail', () => {
    const key = (s: RaiseSite) => (s.reason ? `${s.code}.${s.reason}` : s.code);
    const missing = [...new Set(sites.filter((s) => indonesianTemplate(key(s)) === undefined).map((s) => `${key(s)} (${s.at})`))];
    expect(missing).toEqual([]);
  });

  it("each raise site passes the parameters its code's Indonesian detail repeats", () => {
    const holes: string[] = [];
    for (const site of sites.filter((s) => !s.forwarded)) {
      const template = indonesianTemplate(site.code, site.reason ? { reason: site.reason } : {})!;
      for (const name of placeholders(template)) if (!passes(site, name)) holes.push(`${site.at}: ${site.code} does not pass {${name}}`);
    }
    expect(holes).toEqual([]);
  });

  it('in Bahasa Indonesia every detail differs from the English one, parameters filled in; in English it is the English one', () => {
    const untranslated: string[] = [];
    for (const site of sites) {
      const english = site.english ? englishOf(site) : `English detail of ${site.code}`;
      const params: Record<string, string> = site.reason ? { reason: site.reason } : {};
      const template = indonesianTemplate(site.code, params) ?? '';
      for (const name of placeholders(template)) params[name] ??= name === 'what' ? 'Employee' : `<${name}>`;
      const indonesian = detailFor(site.code, english, 'id', params);
      if (indonesian === english || /\{\w+\}/.test(indonesian)) untranslated.push(`${site.at}: ${site.code}`);
      expect(detailFor(site.code, english, 'en', params)).toBe(english);
    }
    expect(untranslated).toEqual([]);
  });

  it('a parameter the raise site did not pass falls back to the English detail, never to a hole', () => {
    expect(detailFor('MONTH_CLOSED', 'The month 2026-01 is closed.', 'id', {})).toBe('The month 2026-01 is closed.');
    expect(detailFor('MONTH_CLOSED', 'The month 2026-01 is closed.', 'id', { month: '2026-01' })).toBe('Bulan 2026-01 sudah ditutup: datanya hanya berubah melalui koreksi HR.');
  });

  it('every refusal names its reason, so its Indonesian says why as the English does', () => {
    const generic = sites.filter((s) => s.code === 'FORBIDDEN' && !s.forwarded && !s.at.startsWith('src/shared-kernel/') && s.reason === undefined).map((s) => s.at);
    expect(generic).toEqual([]);
  });

  it('the object named by every NOT_FOUND has its Indonesian noun', () => {
    const nouns = sites.filter((s) => s.call.startsWith('DomainError.notFound(')).map((s) => /^DomainError\.notFound\(\s*'([^']+)'/.exec(s.call)?.[1]);
    const missing = [...new Set(nouns.filter((n): n is string => n !== undefined && !hasIndonesianNoun(n)))];
    expect(missing).toEqual([]);
  });
});
