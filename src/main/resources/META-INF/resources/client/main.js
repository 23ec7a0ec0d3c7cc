// Ladder's reference client: a small forum on the public API only. Hash routes:
//   #/                    newest questions and the topics
//   #/questions/{id}      a question page          #/topics/{slug}     a topic page
//   #/search?q=           search results           #/ask               ask a question
//   #/me                  your positions (credentials)     #/notifications    your notifications
//   #/settings            your mail settings           #/unsubscribe?token=   an unsubscribe link from a mail
//   #/signin?then=, #/signup?then=   the account forms, then back to `then`
import { session, signOut } from './api.js';
import { clearNotice, el, showProblem, signInLink } from './dom.js';
import { signInPage, signUpPage } from './account.js';
import { askPage } from './ask.js';
import { notificationsPage, pollBell, refreshBell } from './notifications.js';
import { positionsPage } from './positions.js';
import { settingsPage, unsubscribePage } from './settings.js';
import { questionList, searchPage } from './lists.js';
import { questionPage } from './question.js';
import { topicPage, topicsCard } from './topics.js';

const page = document.getElementById('page');

async function home() {
  const [questions, topics] = await Promise.all([questionList('/questions?sort=newest'), topicsCard()]);
  document.title = 'Ladder';
  return el('div', { class: 'layout' },
    el('div', { class: 'main' }, el('h1', {}, 'Newest questions'), questions),
    el('aside', {}, topics));
}

/** The page a hash names: [pattern, render(match, query)]. */
const ROUTES = [
  [/^\/questions\/([^/]+)$/, ([, id]) => questionPage(decodeURIComponent(id), route)],
  [/^\/topics\/([^/]+)$/, ([, slug]) => topicPage(decodeURIComponent(slug))],
  [/^\/search$/, (_, query) => searchPage(query.get('q') || '')],
  [/^\/ask$/, () => askPage()],
  [/^\/me$/, () => positionsPage(route)],
  [/^\/notifications$/, () => notificationsPage()],
  [/^\/settings$/, () => settingsPage()],
  [/^\/unsubscribe$/, (_, query) => unsubscribePage(query.get('token') || '')],
  [/^\/signin$/, (_, query) => signInPage(query.get('then') || '#/')],
  [/^\/signup$/, (_, query) => signUpPage(query.get('then') || '#/')],
  [/^\/?$/, () => home()],
];

/** The header's sign-in and sign-up links come back to the page shown; on the forms, to where those go back. */
function accountLinks(path, query) {
  const then = /^\/sign(in|up)$/.test(path) ? query.get('then') || '#/' : location.hash || '#/';
  const signUp = signInLink('Sign up', 'signup', then);
  signUp.className = 'button';
  document.getElementById('signed-out').replaceChildren(signInLink('Sign in', 'signin', then), signUp);
}

let latest = 0;

/** Draws the page the hash names; a page still loading when the reader moves on is dropped. */
async function route() {
  const turn = ++latest;
  const [path, search] = location.hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  accountLinks(path, query);
  document.querySelector('#search input').value = query.get('q') || '';
  page.setAttribute('aria-busy', 'true');
  clearNotice();
  let content;
  try {
    const found = ROUTES.find(([pattern]) => pattern.test(path));
    content = found ? await found[1](path.match(found[0]), query) : el('h1', {}, 'No such page');
  } catch (error) {
    if (turn !== latest) return;
    content = el('p', { class: 'muted' }, 'Nothing to show.');
    showProblem(error);
  }
  if (turn !== latest) return;
  page.replaceChildren(content);
  page.removeAttribute('aria-busy');
  refreshBell();
}

/** The header follows the session: sign in and up when signed out, the handle and sign out when signed in. */
function showSession() {
  const current = session();
  document.getElementById('signed-out').hidden = !!current;
  document.getElementById('signed-in').hidden = !current;
  document.getElementById('who').textContent = current ? `@${current.handle}` : '';
}

document.getElementById('search').addEventListener('submit', event => {
  event.preventDefault();
  const q = event.target.elements.q.value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  route(); // myVote and canEdit were the caller's
});
window.addEventListener('ladder:session', showSession);
window.addEventListener('hashchange', route);
showSession();
route();
pollBell();
