// Drives Swagger UI and the reference client in Debian's chromium, as a first-time visitor would:
// registers through "Try it out", authorizes with the token, asks a question (201), then opens the
// question in the reference client, signs in and votes. Screenshots go to the given folder.
//   node tools/browser-check.mjs <base URL> <screenshot folder>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, shots] = [process.argv[2] || 'http://localhost:8080', process.argv[3] || 'target/screenshots'];
mkdirSync(shots, { recursive: true });
const unique = Date.now().toString(36);
const password = 'correct-horse-battery';

async function api(method, path, token, body) {
  const response = await fetch(base + '/api/v1' + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Expands an operation, presses "Try it out", sends the body and returns [status, parsed response body]. */
async function tryItOut(page, operation, body) {
  const op = page.locator(`#${operation}`);
  await op.locator('.opblock-summary-control').click();
  await op.locator('.try-out__btn').click();
  await op.locator('textarea.body-param__text').fill(JSON.stringify(body, null, 2));
  await op.locator('.execute').click();
  const status = op.locator('.live-responses-table .response .response-col_status');
  await status.waitFor();
  const text = await op.locator('.live-responses-table .response-col_description pre.microlight').first().innerText();
  return [(await status.innerText()).trim(), JSON.parse(text)];
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const result = {};
try {
  // --- Swagger UI ---------------------------------------------------------------------------
  await page.goto(`${base}/q/swagger-ui`);
  await page.locator('#operations-Accounts-register').waitFor();
  const handle = `e2e_${unique}`;
  const [registered, tokens] = await tryItOut(page, 'operations-Accounts-register',
    { handle, email: `${handle}@example.com`, password, displayName: 'E2E Asker' });
  check(registered === '201', `register answered ${registered}`);
  // The asker's current position becomes the anonymous headline of the question.
  await api('POST', '/me/positions', tokens.accessToken,
    { company: 'Acme', title: 'Software Engineer', companyStage: 'Series A Startup', startDate: '2024-01' });

  await page.locator('.auth-wrapper .authorize').click();
  await page.locator('.modal-ux input').first().fill(tokens.accessToken);
  await page.locator('.modal-ux .auth-btn-wrapper .authorize').click();
  await page.locator('.modal-ux .btn-done').click();

  const [asked, question] = await tryItOut(page, 'operations-Questions-askQuestion', {
    title: `How do tech leads and engineering managers differ? (${unique})`,
    body: 'I want to get there someday. **How does it play out at larger companies?**',
    topics: ['startups'], anonymous: true,
  });
  check(asked === '201', `askQuestion answered ${asked}`);
  check(question.author.headline === 'Software Engineer at Series A Startup', `headline ${question.author.headline}`);
  await page.locator('#operations-Questions-askQuestion .live-responses-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/swagger-ui.png` });
  result.swaggerUi = { register: registered, askQuestion: asked, questionId: question.id };

  // --- The reference client -----------------------------------------------------------------
  const answerer = await api('POST', '/auth/register', null,
    { handle: `e2e_tl_${unique}`, email: `e2e_tl_${unique}@example.com`, password, displayName: 'E2E Lead' });
  for (const [company, start, end] of [['Kosei', '2023-01', null], ['Pinterest', '2020-01', '2022-12'], ['Meta', '2017-01', '2019-12']]) {
    await api('POST', '/me/positions', answerer.accessToken, { company, title: 'Tech Lead', startDate: start, endDate: end });
  }
  const answer = await api('POST', `/questions/${question.id}/answers`, answerer.accessToken,
    { body: 'Both set direction; the TL leads on *technology*, the EM on people.', anonymous: false });

  // The client marks the page aria-busy while it loads one.
  const loaded = () => page.locator('#page:not([aria-busy])').waitFor();
  await page.goto(`${base}/#/questions/${question.id}`);
  await page.locator('h1', { hasText: unique }).waitFor();
  await loaded();
  const headline = await page.locator('.question .credential').innerText();
  check(headline === 'Software Engineer at Series A Startup', `page headline ${headline}`);
  const history = await page.locator(`#answer-${answer.id} .credential`).innerText();
  check(history === 'Kosei, Pinterest, Meta', `answer credential ${history}`);
  check(await page.locator('.topic-card .count').first().innerText().then(t => / questions?$/.test(t)), 'topic card count');

  await page.locator('#sign-in input[name=login]').fill(handle);
  await page.locator('#sign-in input[name=password]').fill(password);
  await page.locator('#sign-in button').click();
  await page.locator('#who', { hasText: handle }).waitFor();
  await loaded(); // signed in, the page reloads with the caller's votes
  const score = page.locator(`#answer-${answer.id} .score`);
  await page.locator(`#answer-${answer.id} button.up`).click();
  await page.waitForFunction(id => document.querySelector(`#answer-${id} .score`).textContent === '1', answer.id);
  result.referenceClient = { headline, history, scoreAfterVote: await score.innerText() };
  await page.screenshot({ path: `${shots}/reference-client.png`, fullPage: true });
  console.log(JSON.stringify(result));
} catch (error) {
  await page.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
  console.error(error.stack || String(error));
  process.exitCode = 1;
} finally {
  await browser.close();
}
