// The student screens ("Mina studier") in Chromium against a real host: a demo student signs in by keyboard, sees their
// studies, registers themself on an offering whose window is open (set up through the API when the demo has none), signs up
// for an exam sitting and gets their anonymous code, issues and downloads a transcript, and is told of the registration and
// the sign-up on the notifications screen. Every screen is scanned by axe and photographed for docs/screens/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';
import { api, startHost } from './host.mjs';
import { assertAccessible, launch, open as openTab, screenshot, signInByKeyboard, tabTo } from './browser.mjs';

let host;
let browser;
const student = 'stud02'; // 15 hp attested; registered on the demo sitting's course without a sign-up

before(async () => {
  host = await startHost();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.stop();
});

let lastTab = null;
afterEach(async () => {
  if (lastTab && !lastTab.page.isClosed()) {
    mkdirSync('e2e/output', { recursive: true });
    await lastTab.page.screenshot({ path: `e2e/output/failed-${Date.now()}.png`, fullPage: true });
    await lastTab.context.close();
  }
  lastTab = null;
});

const iso = (day) => day.toISOString().slice(0, 10);

/**
 * An offering the student is admitted to with its registration window open today, and not registered on: the demo's when it
 * has one, else a new offering of 5DV003 starting next term, windowed by the administrator and admitted by the study
 * administrator. Its course code and term, as the screen shows them.
 */
async function openAdmission() {
  const me = await api(host.url, student);
  const { me: { student: mine } } = await me(`{ me { student { id
    admissions { status offering { id offeringCode term registrationOpens registrationCloses courseVersion { course { code } } } }
    registrations { offering { id } } } } }`);
  const today = iso(new Date());
  const ready = mine.admissions.find((a) => a.status === 'ADMITTED' && a.offering.registrationOpens <= today && today <= a.offering.registrationCloses
    && !mine.registrations.some((r) => r.offering.id === a.offering.id));
  if (ready) return { code: ready.offering.courseVersion.course.code, term: ready.offering.term, offeringCode: ready.offering.offeringCode };

  const administrator = await api(host.url, 'ladokadm');
  const now = new Date();
  const autumn = now.getMonth() < 6;
  const term = autumn ? `HT${now.getFullYear()}` : `VT${now.getFullYear() + 1}`;
  const start = autumn ? new Date(Date.UTC(now.getFullYear(), 8, 1)) : new Date(Date.UTC(now.getFullYear() + 1, 0, 19));
  const { course } = await administrator('{ course(code: "5DV003") { versions { id } } }');
  const offeringCode = String(30000 + (Date.now() % 10000));
  const created = await administrator(`mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } errors { message } } }`, {
    input: { courseVersionId: course.versions[0].id, code: offeringCode, term, startDate: iso(start), endDate: iso(new Date(start.getTime() + 60 * 86_400_000)) },
  });
  assert.deepEqual(created.createOffering.errors, []);
  const offeringId = created.createOffering.offering.id;
  const window = await administrator(`mutation($input: SetRegistrationWindowInput!) { setRegistrationWindow(input: $input) { errors { message } } }`, {
    input: { offeringId, opens: iso(new Date(Date.now() - 7 * 86_400_000)), closes: iso(new Date(start.getTime() + 14 * 86_400_000)) },
  });
  assert.deepEqual(window.setRegistrationWindow.errors, []);
  const desk = await api(host.url, 'stadmdv');
  const admitted = await desk(`mutation($input: AdmitStudentInput!) { admitStudent(input: $input) { errors { message } } }`, {
    input: { studentId: mine.id, offeringId, status: 'ADMITTED' },
  });
  assert.deepEqual(admitted.admitStudent.errors, []);
  return { code: '5DV003', term, offeringCode };
}

describe('the student screens', () => {
  test('let a student see their studies, register for a term, sign up for an exam and issue a transcript, by keyboard', async () => {
    const admission = await openAdmission();

    // Sign-in: the demo students are in the Development picker, and a student lands on Mina studier with only their navigation.
    const tab = await openTab(browser, `${host.url}/`);
    lastTab = tab;
    const { page } = tab;
    await page.waitForURL(/\/sign-in$/);
    for (const n of [1, 2, 3, 4, 5]) await page.getByRole('button', { name: `Logga in som stud0${n}` }).waitFor();
    await signInByKeyboard(page, student, /\/my-studies$/);
    const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
    await navigation.getByRole('link', { name: 'Mina studier' }).waitFor();
    const links = (await navigation.getByRole('link').allTextContents()).filter((l) => !['Verifiera intyg', 'Tillgänglighet'].includes(l))
      .map((l) => l.replace(/\d+$/, '')); // the notifications' unread badge
    assert.deepEqual(links, ['Mina studier', 'Registrering', 'Tentamensanmälan', 'Resultatintyg', 'Notiser']);

    // Mina studier: registrations with course and offering, results, the credits per term.
    await page.getByRole('heading', { level: 1, name: 'Mina studier' }).waitFor();
    await page.getByRole('heading', { name: 'Mina registreringar' }).waitFor();
    await page.getByRole('row', { name: /5DV005/ }).first().waitFor();
    await page.getByRole('heading', { name: 'Studieresultat per termin' }).waitFor();
    assert.match(await page.locator('.summary').textContent(), /15 hp/);
    await assertAccessible(page, 'my studies');
    await screenshot(page, 'my-studies');

    // Register for a term: the admission with its open window, registered by keyboard; the second try is refused by its reason.
    await tabTo(page, navigation.getByRole('link', { name: 'Registrering' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Registrering' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${admission.code} .*, ${admission.term}$`) }) })
      .filter({ hasText: `${admission.offeringCode}, ` });
    await card.getByText(/^Öppen /).waitFor();
    await card.getByText('Nej', { exact: true }).waitFor();
    await assertAccessible(page, 'registration');
    const register = card.getByRole('button', { name: new RegExp(`^Registrera dig på ${admission.code} `) });
    await tabTo(page, register, 60);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: new RegExp(`^Du är registrerad på ${admission.code} .* ${admission.term}\\.$`) }).waitFor();
    await card.getByText(`Ja, ${admission.term}`).waitFor();
    await screenshot(page, 'my-registration');
    await register.click();
    await page.getByRole('status').filter({ hasText: new RegExp(`^Registreringen på ${admission.code} .* gick inte\\.$`) }).waitFor();
    await card.getByText('Du är redan registrerad på kurstillfället den terminen.').waitFor();
    await assertAccessible(page, 'registration refused');

    // Exam sign-up: the sitting on a course the student is registered on; signing up gives the anonymous code.
    await navigation.getByRole('link', { name: 'Tentamensanmälan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tentamensanmälan' }).waitFor();
    const signUp = page.getByRole('button', { name: /^Anmäl dig till 5DV005 / }).first();
    await signUp.waitFor();
    await assertAccessible(page, 'exam sittings');
    await tabTo(page, signUp, 60);
    await page.keyboard.press('Enter');
    const confirmed = page.getByRole('status').filter({ hasText: /Din anonymiseringskod är [A-Z]{4}[0-9]\.$/ });
    await confirmed.waitFor();
    const code = (await confirmed.textContent()).match(/([A-Z]{4}[0-9])\.$/)[1];
    await page.getByRole('cell', { name: code, exact: true }).waitFor();
    await page.getByRole('button', { name: /^Ta tillbaka anmälan till 5DV005 / }).first().waitFor();
    await assertAccessible(page, 'exam sittings signed up');
    await screenshot(page, 'my-exams');

    // Transcripts: issue one, then download it as a PDF.
    await navigation.getByRole('link', { name: 'Resultatintyg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultatintyg' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Utfärda resultatintyg' }), 60);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Intyget är utfärdat med kontrollkod/ }).waitFor();
    const link = page.getByRole('link', { name: /Ladda ned intyg .* \(PDF\)/ }).first();
    await link.waitFor();
    await assertAccessible(page, 'transcripts');
    await screenshot(page, 'my-transcripts');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(readFileSync(await download.path()).subarray(0, 4).toString('latin1'), '%PDF');

    // Notifications: the registration and the exam sign-up reach the student through the outbox, asynchronously, so the screen
    // is read again until both are there; the navigation's entry names the unread count, which marking one read lowers by one
    // and marking all read makes 0.
    await navigation.getByRole('link', { name: /^Notiser, \d+ olästa$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notiser' }).waitFor();
    const registered = page.getByRole('heading', { level: 2, name: new RegExp(`^Oläst Du är registrerad på ${admission.code}$`) });
    const signedUp = page.getByRole('heading', { level: 2, name: /^Oläst Anmäld till tentamen på 5DV005$/ });
    const told = Date.now() + 120_000;
    for (;;) {
      await page.getByText(/^Olästa: \d+$/).waitFor();
      if ((await registered.count()) > 0 && (await signedUp.count()) > 0) break;
      assert.ok(Date.now() < told, 'the registration and the sign-up did not become notifications within two minutes');
      await page.waitForTimeout(2000);
      await page.reload();
    }
    const unread = Number((await page.getByText(/^Olästa: \d+$/).textContent()).match(/\d+/)[0]);
    assert.ok(unread >= 2);
    await navigation.getByRole('link', { name: `Notiser, ${unread} olästa` }).waitFor();
    await assertAccessible(page, 'notifications');
    await screenshot(page, 'my-notifications');
    await page.getByRole('button', { name: new RegExp(`^Markera Du är registrerad på ${admission.code} .* som läst$`) }).click();
    await page.getByRole('status').filter({ hasText: `Du är registrerad på ${admission.code} är markerad som läst. Olästa: ${unread - 1}.` }).waitFor();
    await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^Du är registrerad på ${admission.code}$`) }) })
      .getByText(/^Läst /).waitFor();
    await navigation.getByRole('link', { name: `Notiser, ${unread - 1} olästa` }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Markera alla som lästa' }), 60);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Alla notiser är markerade som lästa. Olästa: 0.' }).waitFor();
    await navigation.getByRole('link', { name: 'Notiser, 0 olästa' }).waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Du är registrerad på ${admission.code}$`) }).waitFor();
    assert.equal(await page.getByText('Oläst', { exact: true }).count(), 0);
    await assertAccessible(page, 'notifications read');

    // In English, the same screens speak English, and pass axe too.
    await page.getByRole('button', { name: 'Byt språk till English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My studies' }).click();
    await page.getByRole('heading', { level: 1, name: 'My studies' }).waitFor();
    await assertAccessible(page, 'my studies in English');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Notifications, 0 unread' }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^You are registered on ${admission.code}$`) }).waitFor();
    await assertAccessible(page, 'notifications in English');

    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });

  test('show staff, who have no studies of their own, no student screen', async () => {
    const tab = await openTab(browser, `${host.url}/`);
    lastTab = tab;
    await tab.page.waitForURL(/\/sign-in$/);
    await signInByKeyboard(tab.page, 'stadmdv', /\/dashboard/);
    await tab.page.goto(`${host.url}/my-studies`);
    await tab.page.getByText('Sidan visar en students egna studier. Du är inte inloggad som student.').waitFor();
    const links = await tab.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
    assert.equal(links.includes('Mina studier'), false);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
});
