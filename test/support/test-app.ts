import { Provider } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp, httpPlatform } from '../../src/bootstrap';
import { IdentityFacade } from '../../src/modules/identity/public/identity.facade';
import { loadConfig } from '../../src/platform/config/app-config';
import { CLOCK, Clock } from '../../src/shared-kernel/clock';
import { createTestDatabase } from './database';

export const ADMIN = { username: 'test.admin', password: 'Admin-Passw0rd' };

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface TestApp {
  app: NestFastifyApplication;
  databaseUrl: string;
  request<T = any>(method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<ApiResponse<T>>;
  get<T = any>(path: string, token?: string): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body: unknown, token?: string): Promise<ApiResponse<T>>;
  login(username: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

export { TestClock } from './test-clock';

export interface TestAppOptions {
  clock?: Clock;
  /** Providers replaced by test doubles (e.g. a port whose real adapter another module has not built yet). */
  overrides?: Array<{ provide: unknown; useValue: unknown }>;
  /** Extra providers beside the application's, e.g. a command handler that exists only for a test. */
  providers?: Provider[];
}

/**
 * The real application on a database of its own, driven through HTTP (Fastify's inject). It is built
 * through Nest's testing module only so that providers such as the clock can be swapped; the platform,
 * modules and HTTP setup are those of `createApp`.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: db.url,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    BACKGROUND_JOBS: 'off',
    ...env,
  });
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config, db.url)], providers: options.providers ?? [] });
  if (options.clock) builder.overrideProvider(CLOCK).useValue(options.clock);
  for (const o of options.overrides ?? []) builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  const platform = httpPlatform(config);
  const app = moduleRef.createNestApplication<NestFastifyApplication>(platform.adapter, platform.options);
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(IdentityFacade).ensureFirstAdmin(ADMIN.username, ADMIN.password);

  const request: TestApp['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const payload = options.body === undefined ? undefined : typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body);
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await app.inject({ method: method as any, url: path, headers, payload });
    const type = String(res.headers['content-type'] ?? '');
    const body = type.includes('json') && res.body.length > 0 ? JSON.parse(res.body) : res.body;
    return { status: res.statusCode, body, headers: res.headers };
  };
  let adminToken: string | null = null;
  const login = async (username: string, password: string) => {
    const res = await request('POST', '/api/v1/auth/login', { body: { username, password } });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  return {
    app,
    databaseUrl: db.url,
    request,
    get: (path, token) => request('GET', path, { token }),
    post: (path, body, token) => request('POST', path, { body, token }),
    login,
    adminToken: async () => (adminToken ??= await login(ADMIN.username, ADMIN.password)),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
