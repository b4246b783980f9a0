import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/platform/config/app-config';

const production = {
  DATABASE_URL: 'postgres://app@db:5432/eperformance',
  JWT_SECRET: 'a'.repeat(40),
  ADMIN_USERNAME: 'hr.admin',
  ADMIN_PASSWORD: 'Admin-Passw0rd',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
}

describe('configuration', () => {
  it('accepts a complete production configuration', () => {
    const config = loadConfig(production);
    expect(config).toMatchObject({ embedded: false, port: 3000, accessTokenTtlSeconds: 900 });
  });

  it.each([
    ['JWT_SECRET', { JWT_SECRET: '' }, /JWT_SECRET is required/],
    ['a short JWT_SECRET', { JWT_SECRET: 'short' }, /at least 32 characters/],
    ['ADMIN_USERNAME', { ADMIN_USERNAME: '' }, /ADMIN_USERNAME and ADMIN_PASSWORD are required/],
    ['ADMIN_PASSWORD', { ADMIN_PASSWORD: '' }, /ADMIN_USERNAME and ADMIN_PASSWORD are required/],
    ['a weak ADMIN_PASSWORD', { ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD must be at least 10/],
    ['a bad PORT', { PORT: 'eighty' }, /PORT must be a whole number/],
    ['a bad DATABASE_URL', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
  ])('refuses to start without %s, saying why', (_, override, message) => {
    expect(problemsOf({ ...production, ...override }).join('\n')).toMatch(message);
  });

  it('runs the embedded demo without DATABASE_URL, generating and keeping a signing key', () => {
    const dataDir = path.join(os.tmpdir(), `config-test-${process.pid}`);
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.embedded).toBe(true);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first.jwtSecret);
  });
});
