// Drives Swagger UI and the reference client in Debian's chromium, as first-time visitors would.
// Swagger UI: registers through "Try it out", authorizes with the token, asks a question (201).
// The reference client: the seed question page (its age, topic card, related card), a vote signed
// out, sign up, sign out and in, adding a current position, asking anonymously with the headline
// shown, answering, editing with If-Match (and the 412 of a stale edit), votes, an expired token
// refreshed, comments (the anonymous asker's marked as the asker's), following a question, the
// accepted answer, a question closed as a duplicate with its link, the notification bell (live) and
// inbox, mail settings and the unsubscribe page, the topic page, search and plurals. Every page is also shot and checked at 390 px wide.
// Prints one JSON line of results. LADDER_MODERATOR_TOKEN is a moderator's access token, to close.
//   LADDER_MODERATOR_TOKEN=... node tools/browser-check.mjs <base URL> <screenshot folder>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, shots] = [process.argv[2] || 'http://localhost:8080', process.argv[3] || 'target/screenshots'];
mkdirSync(shots, { recursive: true });
const unique = Date.now().toString(36);
const password = 'correct-horse-battery';
const MOBILE_WIDTH = 390;

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
const phone = await browser.newPage({ viewport: { width: MOBILE_WIDTH, height: 844 }, isMobile: true, hasTouch: true });
const result = {};

/** Goes to a client route and waits until the page has been drawn (the client marks it aria-busy meanwhile). */
async function open(tab, hash) {
  await tab.goto(`${base}/${hash}`);
  await tab.locator('#page:not([aria-busy]) > :not(.muted:only-child)').first().waitFor();
}

const loaded = tab => tab.locator('#page:not([aria-busy])').waitFor();

/**
 * Keeps the desktop page as `desktop-<name>.png` and the same route on the phone as
 * `mobile-<name>.png`, signed in as on the desktop; on the phone nothing may be wider than the screen.
 */
async function shoot(name, prepare = async () => {}) {
  await page.screenshot({ path: `${shots}/desktop-${name}.png`, fullPage: true });
  const saved = await page.evaluate(() => sessionStorage.getItem('ladder.session'));
  await phone.goto(`${base}/favicon.svg`); // same origin, so the session can be set before the client starts
  await phone.evaluate(s => (s ? sessionStorage.setItem('ladder.session', s) : sessionStorage.clear()), saved);
  await open(phone, new URL(page.url()).hash);
  await prepare(phone);
  const widest = await phone.evaluate(() => Math.max(document.documentElement.scrollWidth,
    ...[...document.querySelectorAll('.bar a, .bar button')].map(node => Math.ceil(node.getBoundingClientRect().right))));
  check(widest <= MOBILE_WIDTH, `mobile-${name}: ${widest} px wide`);
  await phone.screenshot({ path: `${shots}/mobile-${name}.png`, fullPage: true });
  result.mobileWidest = Math.max(result.mobileWidest || 0, widest);
}

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
    topics: ['career-growth'], anonymous: true, // not Startups: its card must still say 243
  });
  check(asked === '201', `askQuestion answered ${asked}`);
  check(question.author.headline === 'Software Engineer at Series A Startup', `headline ${question.author.headline}`);
  await page.locator('#operations-Questions-askQuestion .live-responses-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/swagger-ui.png` });
  result.swaggerUi = { register: registered, askQuestion: asked, questionId: question.id };

  // --- The seed question, signed out --------------------------------------------------------
  const seed = (await api('GET', '/search?topic=startups&q=' + encodeURIComponent('"tech leads and engineering managers"'))).items
    .map(hit => hit.question).find(q => q.title.startsWith('What are the commonalities'));
  check(seed, 'no seed question in the demo data');
  await open(page, `#/questions/${seed.id}`);
  result.seedAgo = await page.locator('.question .byline time').innerText();
  result.topicCard = await page.locator('.topic-card', { has: page.locator('h3', { hasText: 'Startups' }) }).locator('.count').innerText();
  result.related = await page.locator('.related li').count();
  await page.locator('.question button.up').click();
  result.signedOutVote = await page.locator('#notice.prompt').innerText();
  await shoot('question', tab => tab.locator('.question button.up').click());

  // --- Sign up, sign out, sign in -------------------------------------------------------------
  const reader = `e2e_rd_${unique}`;
  await page.locator('#signed-out a', { hasText: 'Sign up' }).click();
  await page.locator('.account-form input[name=handle]').waitFor();
  await shoot('sign-up');
  await page.locator('input[name=handle]').fill(reader);
  await page.locator('input[name=displayName]').fill('E2E Reader');
  await page.locator('input[name=email]').fill(`${reader}@example.com`);
  await page.locator('input[name=password]').fill(password);
  await page.locator('.account-form button').click();
  await page.locator('#who', { hasText: reader }).waitFor();
  check(new URL(page.url()).hash === `#/questions/${seed.id}`, `after sign-up at ${page.url()}`);
  await page.locator('#sign-out').click();
  await page.locator('#signed-out a', { hasText: 'Sign in' }).click();
  await page.locator('input[name=login]').fill(reader);
  await page.locator('input[name=password]').fill(password);
  await page.locator('.account-form button').click();
  await page.locator('#who', { hasText: reader }).waitFor();
  await loaded(page);
  result.signedIn = await page.locator('#who').innerText();

  // --- A current position, the credential of the reader's posts ---------------------------------
  await page.locator('#who').click();
  await page.locator('.position-form').waitFor();
  await page.locator('input[name=title]').fill('Software Engineer');
  await page.locator('input[name=company]').fill('Initech');
  await page.locator('input[name=companyStage]').fill('Series A Startup');
  await page.locator('input[name=startDate]').fill('2023-05');
  await page.locator('.position-form button').click();
  await page.locator('.positions-page li', { hasText: 'Initech' }).waitFor();
  result.positionHeadline = await page.locator('.positions-page .headline').innerText();

  // --- Verify it: a code goes to a work address at the company's domain -----------------------
  await api('POST', '/companies', process.env.LADDER_MODERATOR_TOKEN, { name: 'Initech', domains: ['initech.example.com'] });
  const initech = page.locator('.positions-page li', { hasText: 'Initech' });
  await initech.locator('button.verify').click();
  result.verifyAddress = `${reader}@initech.example.com`;
  await initech.locator('.verify-form input[name=workEmail]').fill(result.verifyAddress);
  await initech.locator('.verify-form button').click();
  result.verifySent = await initech.locator('.code-form p').innerText();
  await shoot('positions');

  // --- Ask anonymously, seeing the headline ---------------------------------------------------
  await page.locator('.bar a', { hasText: 'Ask' }).click();
  await page.locator('.ask-form').waitFor();
  await page.locator('input[name=title]').fill(`Is a staff title worth a move to a startup? (${unique})`);
  await page.locator('textarea[name=body]').fill('An offer says **Staff** at a Series A startup; I am senior at a big company.');
  await page.locator('.topic-choice label', { hasText: 'Career Growth' }).locator('input').check();
  await page.locator('input[name=anonymous]').check();
  result.askPreview = await page.locator('.preview').innerText();
  await shoot('ask', tab => tab.locator('input[name=anonymous]').check());
  await page.locator('.ask-form button').click();
  await page.locator('h1', { hasText: 'Is a staff title' }).waitFor();
  const own = new URL(page.url()).hash.split('/').pop();
  result.askedHeadline = await page.locator('.question .credential').innerText();
  result.noAnswers = await page.locator('.main > h2').first().innerText();

  // --- Edit with If-Match; a stale edit is a 412 ----------------------------------------------
  await page.locator('.question .edit').click();
  const newTitle = `Is a staff title worth a move to a Series A startup? (${unique})`;
  await page.locator('.editor input[name=title]').fill(newTitle);
  const [patch] = await Promise.all([page.waitForRequest(r => r.method() === 'PATCH'), page.locator('.editor button', { hasText: 'Save' }).click()]);
  result.ifMatch = /^"\d+\.[^"]+"$/.test(patch.headers()['if-match']);
  await page.locator('h1', { hasText: newTitle }).waitFor();
  await page.locator('.question .edit').click();
  const readerToken = (await api('POST', '/auth/login', null, { login: reader, password })).accessToken;
  await api('PATCH', `/questions/${own}`, readerToken, { body: 'Edited meanwhile in another tab.' });
  await page.locator('.editor button', { hasText: 'Save' }).click();
  result.staleEdit = await page.locator('#notice.problem strong').innerText();
  await page.locator('.editor button', { hasText: 'Cancel' }).click();

  // --- Answer, vote, plurals, an expired token --------------------------------------------------
  const answerer = await api('POST', '/auth/register', null,
    { handle: `e2e_tl_${unique}`, email: `e2e_tl_${unique}@example.com`, password, displayName: 'E2E Lead' });
  for (const [company, start, end] of [['Kosei', '2023-01', null], ['Pinterest', '2020-01', '2022-12'], ['Meta', '2017-01', '2019-12']]) {
    await api('POST', '/me/positions', answerer.accessToken, { company, title: 'Tech Lead', startDate: start, endDate: end });
  }
  const answer = await api('POST', `/questions/${question.id}/answers`, answerer.accessToken,
    { body: 'Both set direction; the TL leads on *technology*, the EM on people.', anonymous: false });
  await open(page, `#/questions/${question.id}`);
  result.headline = await page.locator('.question .credential').innerText();
  result.history = await page.locator(`#answer-${answer.id} .credential`).innerText();
  result.oneAnswer = await page.locator('.main > h2').first().innerText();
  await page.locator('.answer-form textarea').fill('Ask both for a week of their calendar: it shows the job.');
  await page.locator('.answer-form button').click();
  await page.locator('.answer', { hasText: 'a week of their calendar' }).waitFor();
  result.twoAnswers = await page.locator('.main > h2').first().innerText();

  const mine = page.locator('.answer', { hasText: 'a week of their calendar' });
  await mine.locator('.edit').click();
  await page.locator('.editor textarea').fill('Ask both for a week of their calendars: it shows the jobs.');
  const [answerPatch] = await Promise.all([page.waitForRequest(r => r.method() === 'PATCH'), page.locator('.editor button', { hasText: 'Save' }).click()]);
  result.answerIfMatch = /^"\d+\.[^"]+"$/.test(answerPatch.headers()['if-match']);
  await page.locator('.answer', { hasText: 'calendars' }).waitFor();

  const score = page.locator(`#answer-${answer.id} .score`);
  await page.locator(`#answer-${answer.id} button.up`).click();
  await page.waitForFunction(id => document.querySelector(`#answer-${id} .score`).textContent === '1', answer.id);
  result.scoreAfterVote = await score.innerText();
  // An access token that has expired (here: one the API refuses) is refreshed, and the vote goes through.
  await page.evaluate(() => sessionStorage.setItem('ladder.session',
    JSON.stringify({ ...JSON.parse(sessionStorage.getItem('ladder.session')), accessToken: 'expired' })));
  await page.locator('.question button.up').click();
  await page.waitForFunction(() => document.querySelector('.question .score').textContent === '1');
  result.refreshed = await page.evaluate(() => JSON.parse(sessionStorage.getItem('ladder.session')).accessToken !== 'expired');
  await shoot('answers');

  // --- Comments, the accepted answer, a duplicate closed ------------------------------------------
  const form = page.locator(`#answer-${answer.id} .comment-form`);
  await form.locator('input').fill('Which company was that at?');
  await form.locator('button').click();
  const readerComment = page.locator(`#answer-${answer.id} .comment`, { hasText: 'Which company' });
  await readerComment.waitFor();
  result.readerComment = await readerComment.locator('.credential').innerText();
  // Answering followed the question; the button unfollows and follows again.
  const follows = async () => (await api('GET', '/me/following?type=question', readerToken)).items
    .some(follow => follow.question.id === question.id);
  const followButton = page.locator('.question .mark').first();
  const byAnswering = await followButton.innerText();
  await followButton.click();
  await page.locator('.question .mark[aria-pressed="false"]', { hasText: 'Follow' }).waitFor();
  const unfollowed = !(await follows());
  await followButton.click();
  await page.locator('.question .mark[aria-pressed="true"]', { hasText: 'Following' }).waitFor();
  result.followed = [byAnswering, unfollowed, await follows()];
  await api('POST', `/answers/${answer.id}/comments`, tokens.accessToken, { body: 'Thanks, _that_ helps.' });
  await api('PUT', `/questions/${question.id}/accepted-answer`, tokens.accessToken, { answerId: answer.id });
  await api('POST', `/questions/${question.id}/close`, process.env.LADDER_MODERATOR_TOKEN,
    { reason: 'duplicate', duplicateOf: seed.id });
  await page.reload(); // the same route: drawn again from the API
  await page.locator('.closed-banner').waitFor();
  const askerComment = page.locator(`#answer-${answer.id} .comment`, { hasText: 'helps' });
  result.askerComment = [await askerComment.locator('.credential').innerText(), await askerComment.locator('.role').innerText()];
  result.accepted = [await page.locator('.answer').first().getAttribute('id') === `answer-${answer.id}`,
    await page.locator(`#answer-${answer.id} .accepted-mark`).innerText()];
  result.closedBanner = await page.locator('.closed-banner').innerText();
  result.closedForm = [await page.locator('.answer-form').count(), await page.locator('.main > p.muted').last().innerText()];
  await shoot('closed');
  await page.locator('.closed-banner a').click();
  await page.locator('h1', { hasText: seed.title }).waitFor();
  result.duplicateLink = new URL(page.url()).hash === `#/questions/${seed.id}`;
  await page.goBack();
  await page.locator('.closed-banner').waitFor();

  // --- The bell: the anonymous asker comments on the reader's answer ----------------------------
  // Live: the page stays as it is, and the stream brings the count well before the 30 s poll.
  const readersAnswer = (await page.locator('.answer', { hasText: 'calendars' }).getAttribute('id')).replace('answer-', '');
  await page.locator('#unread[hidden]').waitFor({ state: 'attached' });
  await api('POST', `/answers/${readersAnswer}/comments`, tokens.accessToken, { body: 'Calendars, yes: a good test.' });
  await page.locator('#unread:not([hidden])').waitFor({ timeout: 10_000 });
  const badge = await page.locator('#unread').innerText();
  await page.locator('#bell').click();
  await page.locator('.notifications-page .notification').first().waitFor();
  const newest = await page.locator('.notification').first().innerText();
  await shoot('notifications');
  await page.locator('.notifications-page button', { hasText: 'Mark all read' }).click();
  await page.locator('#unread[hidden]').waitFor({ state: 'attached' });
  result.bell = [badge, newest.startsWith('Software Engineer at Series A Startup commented on your post in'),
    (await api('GET', '/me/notifications/unread-count', readerToken)).count];
  await open(page, `#/questions/${question.id}`);

  // --- Mail settings, and an unsubscribe link that is not one -----------------------------------
  await page.locator('#settings').click();
  await page.locator('.settings-form').waitFor();
  await page.locator('select[name=emailDigest]').selectOption('daily');
  await page.locator('input[name=emailOnAnswer]').uncheck();
  await page.locator('.settings-form button').click();
  await page.locator('.settings-form [role=status]:not([hidden])').waitFor();
  await shoot('settings');
  const settings = await api('GET', '/me/settings', readerToken);
  result.settings = [settings.emailDigest, settings.emailOnAnswer];
  await open(page, '#/unsubscribe?token=not-a-token');
  await page.locator('.unsubscribe-page button').click();
  result.unsubscribe = await page.locator('#notice.problem').innerText();
  await open(page, `#/questions/${question.id}`);

  // --- Topic page, search, lists --------------------------------------------------------------
  await page.locator('.topic-card h3 a', { hasText: 'Career Growth' }).click(); // the card links to the topic page
  await page.locator('.topic-head').waitFor();
  await loaded(page);
  result.topicPage = (await page.locator('.topic-head').innerText()).split('\n').filter(Boolean);
  await shoot('topic');
  await page.locator('#search input').fill(unique);
  await page.locator('#search input').press('Enter');
  await page.locator('.search-page').waitFor();
  await loaded(page);
  const hit = page.locator('.results li', { hasText: 'How do tech leads' });
  result.searchHits = await page.locator('.results li').count();
  result.searchFacts = await hit.locator('.byline').innerText();
  await shoot('search');
  await open(page, '#/');
  await shoot('home');
  console.log(JSON.stringify(result));
} catch (error) {
  await page.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
  console.error(error.stack || String(error));
  console.error(JSON.stringify(result));
  process.exitCode = 1;
} finally {
  await browser.close();
}
