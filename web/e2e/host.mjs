// A real host for the browser tests: the built Ladok.Host.dll in Development (so /dev/token works) on its own embedded
// PostgreSQL in a temporary folder, seeded with the demo university, on a free loopback port. LADOK_E2E_URL reuses a
// host that is already running instead.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function builtHost() {
  const candidates = [process.env.LADOK_HOST_DLL, ...['Debug', 'Release'].map((c) => join(repository, 'src/Host/Ladok.Host/bin', c, 'net10.0/Ladok.Host.dll'))];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Build the host first (dotnet build src/Host/Ladok.Host): Ladok.Host.dll is missing.');
  return found;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

export async function startHost() {
  if (process.env.LADOK_E2E_URL) return { url: process.env.LADOK_E2E_URL, stop: async () => {} };

  const dll = builtHost();
  // A folder the host creates itself: run as root, the embedded cluster's initdb runs as another user, who cannot enter
  // a private (0700) folder of root's such as mkdtemp makes.
  const data = join(tmpdir(), `ladok-e2e-${randomUUID()}`);
  const url = `http://127.0.0.1:${await freePort()}`;
  const output = [];
  const child = spawn('dotnet', [dll, '--urls', url], {
    cwd: dirname(dll),
    // The tests sign in as many demo users within a minute; the development token's own limit (10 a minute) would refuse them.
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', LocalPostgres__DataDirectory: data, University__Code: 'UMU',
      RateLimiting__DevelopmentTokensPerMinute: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((done) => child.on('exit', done));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM'); // a graceful stop: the host stops the PostgreSQL server it started
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(data, { recursive: true, force: true });
  };

  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
  await stop();
  throw new Error(`The host did not become ready:\n${output.join('')}`);
}

/** A token for a demo user and a GraphQL call with it, for what a test prepares through the API. */
export async function api(url, user) {
  const answer = await fetch(`${url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const { token } = await answer.json();
  return async (query, variables = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}
