import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL primary and a streaming standby made from it with pg_basebackup, each on a free port of
 * 127.0.0.1, in a temporary directory: for tests of reads on replicas. As root (initdb refuses root) the servers run
 * as the `postgres` account. PG_BIN names the binaries' directory; otherwise the newest /usr/lib/postgresql/N/bin.
 */
export interface ReplicatedCluster {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Runs one statement on the replica as the superuser (pause or resume replay). */
  onReplica(sql: string): Promise<string>;
  onPrimary(sql: string): Promise<string>;
  close(): Promise<void>;
}

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, 'bin')).find((d) => fs.existsSync(path.join(d, 'pg_basebackup')));
  if (!found) throw new Error('PostgreSQL server binaries not found: set PG_BIN (the directory of initdb, pg_ctl, pg_basebackup)');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startReplicatedCluster(): Promise<ReplicatedCluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-replica-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: g } = await run('id', ['-g', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(g.trim()));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { cwd: dir }) : run(path.join(bin, tool), args, { cwd: dir });
  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  // fsync off: a throwaway cluster, nothing to keep after a crash
  const options = (port: number) => `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c wal_level=replica -c max_wal_senders=5 -c fsync=off -c hot_standby=on -c max_connections=60`;
  const start = (data: string, port: number) => pg('pg_ctl', ['-D', data, '-w', '-t', '120', '-l', `${data}.log`, '-o', options(port), 'start']);
  const stop = (data: string) => pg('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']).catch(() => undefined);
  const psql = (port: number, sql: string) => pg('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-XAtqc', sql]).then((r) => r.stdout.trim());

  let started: string[] = [];
  try {
    await pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    await start(primaryDir, primaryPort);
    started.push(primaryDir);
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    await start(replicaDir, replicaPort);
    started.push(replicaDir);
  } catch (e) {
    for (const d of started.reverse()) await stop(d);
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    primaryUrl: url(primaryPort),
    replicaUrl: url(replicaPort),
    stopReplica: async () => {
      await stop(replicaDir);
      started = started.filter((d) => d !== replicaDir);
    },
    startReplica: async () => {
      await start(replicaDir, replicaPort);
      started.push(replicaDir);
    },
    onReplica: (sql) => psql(replicaPort, sql),
    onPrimary: (sql) => psql(primaryPort, sql),
    close: async () => {
      for (const d of started.reverse()) await stop(d);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls `probe` until it answers true (a state, not a time, is awaited); fails after `limitMs` with `what`. */
export async function waitFor(what: string, probe: () => Promise<boolean>, limitMs = 60_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`still waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
