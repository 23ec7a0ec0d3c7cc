// Building the page: elements from data, text as text. Markup the API rendered and sanitised
// (bodyHtml, search highlights) is the only HTML inserted, through html().
import { call, Problem } from './api.js';
import { ago } from './time.js';

/** A DOM element: attributes (on* ones become listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return node;
}

/** A labelled input. */
export function field(label, attributes) {
  return el('label', {}, label, el('input', attributes));
}

/** Markup the API sanitised for exactly this use (bodyHtml, titleHtml, snippetHtml). */
export function html(tag, className, trustedHtml) {
  const node = el(tag, { class: className });
  node.innerHTML = trustedHtml;
  return node;
}

/** "1 answer", "2 answers", "0 points". */
export function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A "More" button under a keyset-paged list: appends the page after `cursor`, hidden on the last page. */
export function moreButton(label, path, cursor, list, item) {
  const button = el('button', { class: 'more', hidden: !cursor, onclick: async () => {
    try {
      const next = await call('GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
      list.append(...next.items.map(item));
      cursor = next.nextCursor;
      button.hidden = !cursor;
    } catch (error) {
      showProblem(error);
    }
  } }, label);
  return button;
}

export function when(iso) {
  return el('time', { datetime: iso, title: new Date(iso).toUTCString() }, ago(iso));
}

/** Where the sign-in and sign-up forms send the reader back to: the page they were on. */
export function signInLink(text, page = 'signin', then = location.hash || '#/') {
  return el('a', { href: `#/${page}?then=${encodeURIComponent(then)}` }, text);
}

const notice = () => document.getElementById('notice');

/** Shows what went wrong: a 401 as a prompt to sign in, anything else as the API's problem. */
export function showProblem(error) {
  if (error?.problem?.status === 401) return askToSignIn('continue');
  const problem = error instanceof Problem ? error.problem : { title: 'Network error', detail: String(error.message || error) };
  const fields = (problem.errors || []).map(e => el('li', {}, `${e.field}: ${e.message}`));
  show('problem', el('strong', {}, problem.title), problem.detail ? ` — ${problem.detail}` : null,
    fields.length ? el('ul', {}, fields) : null);
}

/** "Sign in or sign up to vote.", with links to both forms. */
export function signInInvite(action) {
  return [signInLink('Sign in'), ' or ', signInLink('sign up', 'signup'), ` to ${action}.`];
}

/** The invitation to sign in, in place of the API's 401. */
export function askToSignIn(action) {
  show('prompt', ...signInInvite(action));
}

export function clearNotice() {
  notice().hidden = true;
}

function show(kind, ...content) {
  const box = notice();
  box.className = `notice ${kind}`;
  box.replaceChildren(...content.filter(Boolean));
  box.hidden = false;
}
