import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { DatabaseConfig } from '../../src/config';

/** DATABASE_URL for a database config (the built server reads only the environment). */
export function databaseUrl(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return `sqlite:${config.file}`;
  const auth = `${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}`;
  return `${config.flavor}://${auth}@${config.host}:${config.port}/${config.database}`;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Settles when the process ends, with its exit code (null when killed by a signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote to stdout and stderr so far (JSON log lines). */
  output(): string;
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export const ADMIN = { email: 'admin@example.com', password: 'process-admin-password' };

/** Starts the built server (`dist/main.js`) as a child process on a free port. */
export async function spawnServer(
  database: DatabaseConfig,
  env: Record<string, string> = {},
  port?: number,
): Promise<ServerProcess> {
  const listenOn = port ?? (await freePort());
  const main = path.resolve(__dirname, '../../dist/main.js');
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(listenOn),
      WEB_DIST: '',
      DATABASE_URL: databaseUrl(database),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const url = `http://127.0.0.1:${listenOn}`;
  let gone = false;
  void exited.then(() => (gone = true));
  for (const started = Date.now(); ;) {
    if (gone) throw new Error(`server exited early:\n${out}`);
    if (Date.now() - started > 30_000) throw new Error(`server did not start in 30 s:\n${out}`);
    const up = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, exited, output: () => out };
}

export type Outcome =
  | { kind: 'answered'; status: number; body: { data?: any; errors?: any[] } }
  // The connection was refused: the server no longer accepted it, nothing was sent.
  | { kind: 'refused' }
  // The request was sent and no answer came (reset, hang-up): an accepted request failed.
  | { kind: 'lost'; error: string };

/**
 * One POST on its own connection (no keep-alive), so "refused" and "lost" are told apart:
 * a refused connection was never accepted; a lost one was.
 */
export function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query, variables });
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          connection: 'close',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          try {
            resolve({ kind: 'answered', status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ kind: 'lost', error: `unreadable answer: ${text.slice(0, 200)}` });
          }
        });
        res.on('error', (err) => resolve({ kind: 'lost', error: err.message }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) =>
      resolve(
        err.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'lost', error: err.message },
      ),
    );
    req.end(body);
  });
}

/** Signs in as the process's first ADMIN and returns the bearer token. */
export async function signInAdmin(url: string): Promise<string> {
  const res = await post(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: ADMIN.email, p: ADMIN.password },
  );
  if (res.kind !== 'answered' || !res.body.data) throw new Error(JSON.stringify(res));
  return res.body.data.login.token as string;
}

const SETUP = `mutation($def: RewardDefinitionInput!, $profile: ProfileInput!) {
  createRewardDefinition(input: $def) { id }
  createProfile(input: $profile) { id }
}`;
const ISSUE = `mutation($input: IssueRewardInput!) { issueReward(input: $input) { __typename } }`;
/** A funded profile on the running server, and the admin's token. */
export async function arrange(url: string, value = 10_000_000) {
  const token = await signInAdmin(url);
  const types = await post(url, '{ rewardTypes { id key } }', {}, token);
  if (types.kind !== 'answered') throw new Error(JSON.stringify(types));
  const typeId = (types.body.data.rewardTypes as { id: string }[])[0].id;
  const setup = await post(
    url,
    SETUP,
    {
      def: {
        handle: `load-${Date.now()}`,
        name: 'Load',
        typeId,
        value: 1000,
        expiryPeriod: 3,
        expiryUnit: 'MONTHS',
      },
      profile: { externalId: `load-${Date.now()}` },
    },
    token,
  );
  if (setup.kind !== 'answered' || !setup.body.data) throw new Error(JSON.stringify(setup));
  const profileId = setup.body.data.createProfile.id as string;
  const issued = await post(
    url,
    ISSUE,
    {
      input: {
        profileId,
        definitionId: setup.body.data.createRewardDefinition.id,
        value,
        reason: 'Load',
        idempotencyKey: `issue-${profileId}`,
      },
    },
    token,
  );
  if (issued.kind !== 'answered' || issued.body.data?.issueReward.__typename !== 'Reward') {
    throw new Error(JSON.stringify(issued));
  }
  return { token, profileId };
}
