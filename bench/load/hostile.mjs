// Sends the hostile documents of issue 11 to a running host, one at a time, anonymously, and prints for
// each the answer, how long it took, and the host's CPU time (user + system, from /proc/PID/stat) while it
// was answered and in the second after, next to the second before it (the idle host's own background work:
// the outbox's polling, metrics, the JIT's tiering). Each document is sent once first to warm up, then measured.
// A refused document must cost little and leave nothing running.
// Usage: node hostile.mjs --url http://127.0.0.1:5000 --pid 1234
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { url: { type: 'string' }, pid: { type: 'string' } } });
const ticksPerSecond = 100; // USER_HZ on Linux
const cpuMs = () => {
  const fields = readFileSync(`/proc/${values.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond; // utime, stime
};

const fragments = ['fragment F0 on Query { __typename }'];
for (let i = 1; i <= 8; i++) fragments.push(`fragment F${i} on Query { ${Array(10).fill(`...F${i - 1}`).join(' ')} }`);
const documents = {
  'fragment explosion (F0 … F8)': `query { ...F8 } ${fragments.join(' ')}`,
  'directive flood, 10,000 @include': `{ __typename ${'@include(if: true) '.repeat(10000)}}`,
  'directive flood, 4,000 @include': `{ __typename ${'@include(if:true)'.repeat(4000)}}`,
  'alias flood, 3,000 aliases': `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  '9,000 __typename': `{ ${'__typename '.repeat(9000)}}`,
  'nested 3,000 deep': `${'{ a '.repeat(3000)}${'}'.repeat(3000)}`,
  'a 10 MB body': `{ __typename } # ${'x'.repeat(10 * 1024 * 1024)}`,
};

const second = () => new Promise((resolve) => setTimeout(resolve, 1000));
const send = (query) =>
  fetch(`${values.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }) });

// A host just started is still busy (its demo data's events go through the outbox): wait until it settles.
for (let i = 0; i < 60; i++) {
  const start = cpuMs();
  await second();
  if (cpuMs() - start < 50) break;
}

console.log('| Document | Answer | Time | Host CPU: the second before | while answered | the second after |');
console.log('|---|---|---:|---:|---:|---:|');
for (const [name, query] of Object.entries(documents)) {
  await (await send(query)).text();
  await second();
  const idle = cpuMs();
  await second();
  const before = cpuMs();
  const started = performance.now();
  const response = await send(query);
  const body = await response.text();
  const elapsed = performance.now() - started;
  const answered = cpuMs();
  await second();
  const after = cpuMs();
  const code = body.match(/"code":"([A-Z_]+)"/)?.[1] ?? '';
  console.log(`| ${name} | ${response.status} ${code} | ${elapsed.toFixed(1)} ms | ${before - idle} ms | ${answered - before} ms | ${after - answered} ms |`);
}
