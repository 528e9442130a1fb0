// What every browser scenario needs: Debian's Chromium started headless with the flags this closed network wants,
// a page that asks for Russian, a screenshot after each step, the page's HTML when a step fails, and the axe-core
// accessibility check (labels, contrast, keyboard-reachable names) of the page as it is.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const BASE = process.env.E2E_BASE || 'http://127.0.0.1:8180/camunda/';
export const OUT = process.env.E2E_OUT || 'target/e2e';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function browser() {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  });
}

/** Every page opened, for a screenshot of each when a scenario fails outside a step. */
export const pages = [];
/** Content-Security-Policy violations seen on any page: a script of ours blocked is a failure. */
export const blocked = [];

/** A person at a browser: Russian (or another language), a phone-wide screen when asked, the pages' CSP intact. */
export async function person(chrome, { phone = false, language = 'ru-RU' } = {}) {
  const context = await chrome.newContext({
    locale: language,
    // Where the college's people are: dates on the pages are shown in the browser's own time zone.
    timezoneId: 'Europe/Moscow',
    extraHTTPHeaders: { 'Accept-Language': language.startsWith('ru') ? 'ru-RU,ru;q=0.9' : 'en-US,en;q=0.9' },
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 }
  });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      blocked.push(page.url() + ': ' + message.text());
    }
  });
  pages.push(page);
  return page;
}

/** After a failure outside a step: what every page showed. */
export async function screenshotAll(label) {
  mkdirSync(OUT, { recursive: true });
  for (let i = 0; i < pages.length; i++) {
    await pages[i].screenshot({ path: join(OUT, label + '-page' + i + '-FAILED.png'), fullPage: true }).catch(() => {});
    writeFileSync(join(OUT, label + '-page' + i + '-FAILED.html'), await pages[i].content().catch(() => ''));
  }
}

/** Runs one named step: a screenshot after it, and the page's HTML and a screenshot when it fails. */
export async function step(page, name, action) {
  mkdirSync(OUT, { recursive: true });
  try {
    const result = await action();
    await page.screenshot({ path: join(OUT, name + '.png'), fullPage: true });
    console.log('✓ ' + name);
    return result;
  } catch (e) {
    await page.screenshot({ path: join(OUT, name + '-FAILED.png'), fullPage: true }).catch(() => {});
    writeFileSync(join(OUT, name + '-FAILED.html'), await page.content().catch(() => ''));
    throw new Error(name + ': ' + e.message);
  }
}

/** axe-core's WCAG 2 A/AA rules on the page; the violations, each with its rule and where. */
export async function accessibility(page, name, within) {
  // Evaluated by the browser's debugging protocol, which the page's CSP does not govern: the page keeps its policy.
  await page.evaluate(AXE);
  const result = await page.evaluate(async (scope) => window.axe.run(scope ? { include: [scope] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }
  }), within || null);
  const problems = result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — '
    + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; '));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name + '-axe.json'), JSON.stringify(result.violations, null, 2));
  return problems;
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Logs in on an app's own login form (Tasklist, Cockpit, Admin). */
export async function login(page, app, user) {
  await page.goto(BASE + 'app/' + app + '/default/');
  // The app renders its login form once its scripts have loaded and focuses the user field then: typing earlier
  // can land in the wrong field (a run once saw «sferum-admindemo» as the user). Fill, and check what the form holds.
  await page.waitForLoadState('networkidle');
  const name = page.locator('input[type="text"], input[name="username"]').first();
  const password = page.locator('input[type="password"]').first();
  for (let attempt = 0; ; attempt++) {
    await name.fill(user);
    await password.fill('demo');
    if (await name.inputValue() === user && await password.inputValue() === 'demo') {
      break;
    }
    if (attempt === 2) {
      throw new Error('форма входа не приняла имя и пароль ' + user);
    }
  }
  await page.locator('button[type="submit"]').first().click();
  await password.waitFor({ state: 'detached' });
}
