// The app in Chromium against a real host: sign-in, the HST/HPR dashboard, transcript verification and the accessibility
// statement, each page scanned by axe-core (no serious or critical violation) and used by keyboard, with a screenshot of
// each screen in docs/screens/. Run by scripts/test (npm run e2e), after the host is built.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, startHost } from './host.mjs';
import { assertAccessible, launch, open as openTab, screenshot, signInByKeyboard, tabTo } from './browser.mjs';

let host;
let browser;
let timings = [];

before(async () => {
  host = await startHost();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.stop();
  if (timings.length) console.log(`# timings (ms, first load to the page's heading): ${timings.map(([n, ms]) => `${n} ${ms}`).join(', ')}`);
});

const open = (path) => openTab(browser, host.url + path, timings);

describe('the web app', () => {
  test('sends a visitor to sign-in, where a demo user signs in by keyboard alone', async () => {
    const { page, context, problems } = await open('/');
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('button', { name: 'Logga in som ladokadm' }).waitFor();
    await assertAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');

    // The skip link comes first and takes the keyboard to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Hoppa till innehållet');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    await signInByKeyboard(page, 'ladokadm');
    await page.getByText(/Inloggad som /).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Helårsstudenter och helårsprestationer' }).waitFor();
    await page.waitForFunction(() => document.title === 'Helårsstudenter och helårsprestationer – Ladok');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/sign-in$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('shows a closed year\'s HST and HPR per course as a chart and a table, and a deep link keeps the choice', async () => {
    const admin = await api(host.url, 'ladokadm');
    await admin('mutation { closeReportingYear(input: { year: 2025 }) { errors { code } } }');

    const { page, context, problems } = await open('/dashboard?year=2025&unit=DV');
    await page.waitForURL(/\/sign-in$/);
    await signInByKeyboard(page, 'ladokadm');
    assert.match(page.url(), /year=2025&unit=DV/);

    const table = page.getByRole('table', { name: /HST och HPR per kurs 2025/ });
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    assert.ok(rows > 0, 'a row per course');
    assert.match(await table.locator('tbody tr').first().locator('th').textContent(), /^5DV/);
    assert.match(await table.locator('tfoot').textContent(), /Totalt\s*\d+,\d{3}/);
    await page.getByText(/Året stängdes /).waitFor();
    await page.getByRole('heading', { name: 'Rättelser sedan stängningen' }).waitFor();
    await page.getByRole('img', { name: 'HST och HPR per kurs 2025' }).waitFor();
    // The chosen year and the two before it, read in one fullTimeEquivalents(years:) call.
    const overYears = page.getByRole('table', { name: /^HST och HPR per kurs och år 2023–2025/ });
    assert.match(await overYears.locator('tbody tr').first().locator('th').textContent(), /^5DV001 Introduktion till programmering$/);
    await assertAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard');

    // Another year, typed and sent by keyboard; the open year says its figures may change.
    await tabTo(page, page.getByRole('textbox', { name: 'År' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');
    await page.waitForURL(/year=2026/);
    await page.getByText('Året är inte stängt: siffrorna kan ändras.').waitFor();
    await page.getByRole('table', { name: /HST och HPR per kurs 2026/ }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('switches to English and remembers it', async () => {
    const { page, context, problems } = await open('/accessibility');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Tillgänglighetsredogörelse');
    await assertAccessible(page, 'accessibility statement (sv)');
    await screenshot(page, 'accessibility-sv');

    await tabTo(page, page.getByRole('button', { name: 'Byt språk till English' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await assertAccessible(page, 'accessibility statement (en)');
    await screenshot(page, 'accessibility-en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('verifies an issued transcript for anyone, by code and content, and refuses changed content', async () => {
    const administrator = await api(host.url, 'stadmdv');
    const { students } = await administrator('{ students(first: 1) { nodes { id } } }');
    const { issueTranscript } = await administrator(
      'mutation($id: ID!) { issueTranscript(input: { studentId: $id }) { errors { code message } transcript { verificationCode json } } }',
      { id: students.nodes[0].id });
    assert.deepEqual(issueTranscript.errors, []);
    const { verificationCode, json } = issueTranscript.transcript;

    const { page, context, problems } = await open('/verify');
    await assertAccessible(page, 'verify');
    await tabTo(page, page.getByRole('textbox', { name: 'Kontrollkod' }));
    await page.keyboard.type(verificationCode.replaceAll('-', '').toLowerCase());
    await page.getByRole('textbox', { name: 'Intygets innehåll (valfritt)' }).fill(json);
    await page.getByRole('textbox', { name: 'Intygets innehåll (valfritt)' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Intyget är äkta och innehållet är oförändrat.').waitFor();
    assert.ok(page.url().endsWith(`/verify/${verificationCode}`));
    await assertAccessible(page, 'verify (genuine)');
    await screenshot(page, 'verify');

    await page.getByRole('textbox', { name: 'Intygets innehåll (valfritt)' }).fill(json.replace(/"[^"]*"/, '"changed"'));
    await page.getByRole('button', { name: 'Kontrollera' }).click();
    await page.getByText(/Intyget kunde inte verifieras/).waitFor();
    await screenshot(page, 'verify-refused');
    assert.deepEqual(problems, []);
    await context.close();

    // The address printed on a transcript: the code in the path, checked at once.
    const deep = await open(`/verify/${verificationCode}`);
    await deep.page.getByText('Intyget är äkta.').waitFor();
    assert.deepEqual(deep.problems, []);
    await deep.context.close();
  });

  test('says when a code is missing, and an unknown address is a page of the app while the server\'s paths stay the server\'s', async () => {
    const { page, context, problems } = await open('/verify');
    await page.getByRole('button', { name: 'Kontrollera' }).click();
    await page.getByText('Ange kontrollkoden.').waitFor();
    await assertAccessible(page, 'verify (invalid)');

    await page.goto(`${host.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor();
    await assertAccessible(page, 'not found');
    assert.deepEqual(problems, []);
    await context.close();

    assert.equal((await fetch(`${host.url}/reports/no-such-report`)).status, 404);
    assert.equal((await fetch(`${host.url}/missing.js`)).status, 404);
    const graphiql = await fetch(`${host.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.match(await graphiql.text(), /graphiql/i);
  });
});
