// A mixed workload of signed-in users against a running Ladok host in Development (for /dev/token and
// the demo university), with autocannon: readers page through courses, an offering's participants,
// students' study records and the attestation queue; writers run the result workflow end to end on
// students they create (create and register five students, report their results in one bulk call,
// mark them ready, attest them). Prints throughput, latency percentiles and errors, as text and JSON.
//
// Usage: node load.mjs [--url http://127.0.0.1:5080] [--duration 60] [--readers 6] [--writers 2] [--json FILE]
// An error is a transport error, a non-2xx answer, a GraphQL error or a mutation refusal: this
// workload only asks for what the demo users may do, so every one of them is worth reading.
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:5080' },
    duration: { type: 'string', default: '60' },
    readers: { type: 'string', default: '6' },
    writers: { type: 'string', default: '2' },
    json: { type: 'string' },
  },
});
const url = args.url.replace(/\/$/, '');
const duration = Number(args.duration);
const blockSize = 5;

async function graphql(token, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

async function token(user) {
  const response = await fetch(`${url}/dev/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`/dev/token for ${user}: ${response.status} (is the host running in Development?)`);
  return (await response.json()).token;
}

const tokens = Object.fromEntries(await Promise.all(
  ['stadmdv', 'lararedv', 'examdv', 'ladokadm'].map(async user => [user, await token(user)])));

const today = new Date().toISOString().slice(0, 10);
const { course } = await graphql(tokens.lararedv, `{ course(code: "5DV001") { currentVersion { modules { code }
  offerings { id term startDate endDate status } } } }`);
const offering = course.currentVersion.offerings
  .filter(o => o.startDate <= today && o.status !== 'CANCELLED')
  .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
if (!offering) throw new Error('5DV001 has no offering that has started: is this the demo university?');
const moduleCode = course.currentVersion.modules[0].code;
const examinationDate = offering.endDate < today ? offering.endDate : today;
const { students } = await graphql(tokens.stadmdv, '{ students(first: 100) { nodes { identityNumber } } }');
const demoNumbers = students.nodes.map(s => s.identityNumber);

// Personnummer no demo student has: born 1951 onwards, serial 99x (the demo generator uses other serials), one a request.
let nextPerson = Math.floor(Math.random() * 2000) * 10;
function newIdentityNumber() {
  const n = nextPerson++;
  const born = new Date(Date.UTC(1951, 0, 1) + Math.floor(n / 10) * 86_400_000);
  const nine = born.toISOString().slice(2, 10).replaceAll('-', '') + '99' + (n % 10);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
}

const counts = { graphqlErrors: 0, refusals: 0, samples: [] };

function check(body, field) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    counts.graphqlErrors++;
    return null;
  }
  if (parsed.errors) {
    counts.graphqlErrors++;
    if (counts.samples.length < 5) counts.samples.push(parsed.errors);
    return null;
  }
  const payload = field ? parsed.data?.[field] : parsed.data;
  const refused = payload?.errors?.length > 0 || payload?.rows?.some(r => r.errors.length > 0);
  if (refused) {
    counts.refusals++;
    if (counts.samples.length < 5) counts.samples.push(payload.errors?.length ? payload.errors : payload.rows.flatMap(r => r.errors));
    return null;
  }
  return payload;
}

const post = (user, query, variables) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[user]}` },
  body: JSON.stringify({ query, variables }),
});

const mutation = (name, selection) => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} errors { code message } } }`;

const readRequests = [
  { ...post('ladokadm', '{ courses(first: 100) { nodes { code name credits versions { number credits modules { code name credits } } } } }') },
  {
    ...post('lararedv', `query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 100) { totalCount nodes {
      student { identityNumber name } registration { kind term } state results { moduleCode grade status } } } } } }`, { id: offering.id }),
  },
  {
    ...post('stadmdv', ''),
    setupRequest: (request, context) => {
      context.reads = (context.reads ?? 0) + 1;
      const identityNumber = demoNumbers[context.reads % demoNumbers.length];
      request.body = JSON.stringify({
        query: `query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { name registrations { term kind } studyRecord { courseCode attainedCredits
          attestedResults { grade moduleCode } resultsInProgress { grade status } } } }`,
        variables: { n: identityNumber },
      });
      return request;
    },
  },
  { ...post('examdv', '{ resultsAwaitingAttestation(first: 50) { totalCount nodes { id courseCode grade student { name } } } }') },
].map(request => ({ ...request, onResponse: (status, body) => check(body) }));

// One writer's cycle; the context carries the block of students through it.
const writeRequests = [
  ...Array.from({ length: blockSize }, (_, i) => ({
    ...post('stadmdv', ''),
    setupRequest: (request, context) => {
      if (i === 0) Object.assign(context, { students: [], registrations: [], results: [] });
      const identityNumber = newIdentityNumber();
      request.body = JSON.stringify({
        query: mutation('createStudent', 'student { id identityNumber }'),
        variables: { input: { identityNumber, firstName: 'Last', lastName: `Student ${identityNumber}` } },
      });
      return request;
    },
    onResponse: (status, body, context) => {
      const payload = check(body, 'createStudent');
      if (payload) context.students.push(payload.student);
    },
  })),
  ...Array.from({ length: blockSize }, (_, i) => ({
    ...post('stadmdv', ''),
    setupRequest: (request, context) => {
      const student = context.students[i];
      request.body = JSON.stringify(student
        ? { query: mutation('registerStudent', 'registration { id }'), variables: { input: { studentId: student.id, offeringId: offering.id } } }
        : { query: '{ university { code } }' });
      return request;
    },
    onResponse: (status, body, context) => {
      if (context.students[i]) check(body, 'registerStudent');
    },
  })),
  {
    ...post('lararedv', ''),
    setupRequest: (request, context) => {
      context.batch = (context.batch ?? 0) + 1;
      request.body = JSON.stringify({
        query: mutation('reportResults', 'created rows { outcome result { id version } errors { code message } }'),
        variables: {
          input: {
            idempotencyKey: `load-${process.pid}-${Math.random().toString(36).slice(2)}`,
            offeringId: offering.id,
            moduleCode,
            rows: context.students.map(s => ({ identityNumber: s.identityNumber, grade: 'G', examinationDate })),
          },
        },
      });
      return request;
    },
    onResponse: (status, body, context) => {
      const payload = check(body, 'reportResults');
      context.results = payload ? payload.rows.map(r => ({ id: r.result.id, version: r.result.version })) : [];
    },
  },
  {
    ...post('lararedv', ''),
    setupRequest: (request, context) => {
      request.body = JSON.stringify({
        query: mutation('markResultsReady', 'results { id version }'),
        variables: { input: { results: context.results, examiners: ['examdv'] } },
      });
      return request;
    },
    onResponse: (status, body, context) => {
      const payload = context.results.length ? check(body, 'markResultsReady') : null;
      context.results = payload ? payload.results : [];
    },
  },
  {
    ...post('examdv', ''),
    setupRequest: (request, context) => {
      request.body = JSON.stringify({
        query: mutation('attestResults', 'results { id status }'),
        variables: { input: { results: context.results } },
      });
      return request;
    },
    onResponse: (status, body, context) => {
      if (context.results.length) check(body, 'attestResults');
    },
  },
];

function run(title, connections, requests) {
  return autocannon({ title, url, connections, duration, requests, timeout: 30 });
}

console.error(`Load on ${url} for ${duration} s: ${args.readers} readers, ${args.writers} writers; offering ${offering.term}, module ${moduleCode}`);
const started = Date.now();
const runs = await Promise.all([
  Number(args.readers) > 0 ? run('reads', Number(args.readers), readRequests) : null,
  Number(args.writers) > 0 ? run('writes', Number(args.writers), writeRequests) : null,
].filter(Boolean));

const summary = {
  url, seconds: (Date.now() - started) / 1000, readers: Number(args.readers), writers: Number(args.writers),
  graphqlErrors: counts.graphqlErrors, refusals: counts.refusals, errorSamples: counts.samples,
  runs: runs.map(r => ({
    title: r.title, requests: r.requests.total, perSecond: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    non2xx: r.non2xx, transportErrors: r.errors, timeouts: r.timeouts,
  })),
};
for (const r of summary.runs) {
  console.log(`${r.title.padEnd(6)} ${String(r.requests).padStart(8)} requests  ${r.perSecond.toFixed(1).padStart(7)}/s  `
    + `p50 ${r.latencyMs.p50} ms  p90 ${r.latencyMs.p90} ms  p99 ${r.latencyMs.p99} ms  max ${r.latencyMs.max} ms  `
    + `non-2xx ${r.non2xx}  transport errors ${r.transportErrors}  time-outs ${r.timeouts}`);
}
console.log(`GraphQL errors ${counts.graphqlErrors}, refused mutations ${counts.refusals}`);
if (counts.samples.length) console.log('First errors:', JSON.stringify(counts.samples));
if (args.json) writeFileSync(args.json, JSON.stringify(summary, null, 2));
const failed = counts.graphqlErrors + counts.refusals + summary.runs.reduce((n, r) => n + r.non2xx + r.transportErrors + r.timeouts, 0);
process.exit(failed === 0 ? 0 : 1);
