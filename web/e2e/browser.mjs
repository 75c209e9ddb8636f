// What every browser test file shares: Debian's Chromium, a fresh tab that fails on console errors, the axe scan, the
// screenshots in docs/screens/ and keyboard helpers.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const screens = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/screens');
mkdirSync(screens, { recursive: true });

// Debian's Chromium; no browser download. Without the background-networking flags it keeps calling out on a closed network.
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags });
}

/** A fresh browser tab (no session, Swedish) that fails the test on any console error, a CSP refusal among them. */
export async function open(browser, url, timings) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  const started = Date.now();
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  timings?.push([new URL(url).pathname + new URL(url).search, Date.now() - started]);
  return { page, context, problems };
}

export async function assertAccessible(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [], `axe on ${name}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(screens, `${name}.png`), fullPage: true });
}

/** Tab until the element is focused, as a keyboard user would; fails if it takes more than `limit` presses. */
export async function tabTo(page, locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((element) => element === document.activeElement)) return;
  }
  assert.fail(`Tab never reached ${locator}`);
}

/** Signs in as a demo user by keyboard from the sign-in page, and waits for the page it leads to. */
export async function signInByKeyboard(page, user, landing = /\/dashboard/) {
  await tabTo(page, page.getByRole('button', { name: `Logga in som ${user}` }));
  await page.keyboard.press('Enter');
  await page.waitForURL(landing);
}
