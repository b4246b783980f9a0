import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Configuration, read once from the environment and checked before anything starts. Without
 * DATABASE_URL the server runs the embedded demo; with it, it is a production deployment and every
 * secret must be given explicitly.
 */
export interface AppConfig {
  port: number;
  databaseUrl: string | null;
  embedded: boolean;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  adminUsername: string | null;
  adminPassword: string | null;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Failed logins from one source address (any usernames) before it waits; its window outlasts a username's. */
  loginAddressMaxFailures: number;
  loginAddressLockMinutes: number;
  /** Fastify's trustProxy: which hops may name the client in X-Forwarded-For (false: the socket's peer). */
  trustProxy: false | number | string[];
  outboxPollMs: number;
  /** Failed deliveries of one event before it is set aside as a dead letter. */
  outboxMaxAttempts: number;
  /** Failed attempts of one payroll webhook delivery before it is set aside as a dead letter. */
  payrollWebhookMaxAttempts: number;
  /** How long a payroll webhook receiver has to answer before the attempt counts as failed. */
  payrollWebhookTimeoutMs: number;
  logLevel: string;
  /** Folder of the filesystem evidence store (uploaded PDF/JPEG/PNG files of activities). */
  evidenceDir: string;
  evidenceMaxBytes: number;
  /** The most evidence one employee's activities may hold on disk, all files together. */
  evidenceQuotaBytes: number;
  /** Scheduled jobs (outbox relay polling, month close) can be switched off, e.g. for tests. */
  runBackgroundJobs: boolean;
  /** The bearer token Prometheus scrapes `/metrics` with; null: the route does not exist. */
  metricsToken: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[], min = 1, max = 2 ** 31): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return n;
}

/**
 * Without a proxy, the client is the socket's peer. Behind one, every request would come from the proxy's
 * address, so the login throttle would lock everyone at once; TRUST_PROXY names the proxies (addresses or
 * CIDRs) or counts the hops whose X-Forwarded-For is believed. `true` is refused: it would let any client
 * name its own address and walk past the per-address limit.
 */
function trustProxy(raw: string | undefined, problems: string[]): false | number | string[] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const proxies = raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (proxies.some((p) => !/^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(p))) {
    problems.push(`TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses/CIDRs (got "${raw}")`);
    return false;
  }
  return proxies;
}

/** The demo keeps a generated signing key in its data folder so tokens survive a restart. */
function demoJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const embedded = databaseUrl === null;
  const dataDir = path.resolve(env.DATA_DIR || '.data');

  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  let jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret === '' && embedded) jwtSecret = demoJwtSecret(dataDir);
  if (jwtSecret === '') problems.push('JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)');
  else if (jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');

  const adminUsername = env.ADMIN_USERNAME?.trim() || null;
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (!embedded && (adminUsername === null || adminPassword === null)) {
    problems.push('ADMIN_USERNAME and ADMIN_PASSWORD are required when DATABASE_URL is set (the first HR administrator)');
  }
  if (adminPassword !== null && adminPassword.length < 10) problems.push('ADMIN_PASSWORD must be at least 10 characters long');
  if (adminUsername !== null && !/^[A-Za-z0-9._-]{3,64}$/.test(adminUsername)) {
    problems.push('ADMIN_USERNAME must be 3–64 letters, digits, dots, dashes or underscores');
  }

  const config: AppConfig = {
    port: int(env, 'PORT', 3000, problems, 1, 65535),
    databaseUrl,
    embedded,
    dataDir,
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, problems),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 14, problems),
    adminUsername,
    adminPassword,
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, problems),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15, problems),
    loginAddressMaxFailures: int(env, 'LOGIN_ADDRESS_MAX_FAILURES', 10, problems),
    loginAddressLockMinutes: int(env, 'LOGIN_ADDRESS_LOCK_MINUTES', 60, problems),
    trustProxy: trustProxy(env.TRUST_PROXY, problems),
    outboxPollMs: int(env, 'OUTBOX_POLL_MS', 500, problems),
    outboxMaxAttempts: int(env, 'OUTBOX_MAX_ATTEMPTS', 10, problems, 1, 100),
    payrollWebhookMaxAttempts: int(env, 'PAYROLL_WEBHOOK_MAX_ATTEMPTS', 8, problems, 1, 50),
    payrollWebhookTimeoutMs: int(env, 'PAYROLL_WEBHOOK_TIMEOUT_MS', 5000, problems, 100, 60000),
    logLevel: env.LOG_LEVEL || 'info',
    evidenceDir: path.resolve(env.EVIDENCE_DIR || path.join(dataDir, 'evidence')),
    evidenceMaxBytes: int(env, 'EVIDENCE_MAX_BYTES', 2 * 1024 * 1024, problems, 1024, 4 * 1024 * 1024),
    evidenceQuotaBytes: int(env, 'EVIDENCE_QUOTA_BYTES', 100 * 1024 * 1024, problems, 1024, 2 ** 40),
    runBackgroundJobs: env.BACKGROUND_JOBS !== 'off',
    metricsToken: env.METRICS_TOKEN || null,
  };
  // Within its own window one address can lock a username floor(address max / username max) times in a row;
  // those locks must end before the address's window does, or one address could keep a colleague out for good.
  if (Math.floor(config.loginAddressMaxFailures / config.loginMaxFailures) * config.loginLockMinutes >= config.loginAddressLockMinutes) {
    problems.push(
      'LOGIN_ADDRESS_LOCK_MINUTES must be longer than LOGIN_LOCK_MINUTES × (LOGIN_ADDRESS_MAX_FAILURES ÷ LOGIN_MAX_FAILURES, rounded down), or one address could keep a username locked for good',
    );
  }
  if (config.metricsToken !== null && config.metricsToken.length < 32) problems.push('METRICS_TOKEN must be at least 32 characters long');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('AppConfig');
