// Pieces every post shows or needs: the author's byline, votes, the anonymous toggle with its
// headline, and the editor for one's own question or answer.
import { call, exchange, session } from './api.js';
import { askToSignIn, clearNotice, el, showProblem } from './dom.js';

/**
 * How a post names its author: an anonymous one only by its frozen headline, as the seed page does,
 * and a mark when the position of the headline was verified by a work address.
 */
export function byline(author) {
  const mark = author.verified
    ? el('span', { class: 'verified', title: 'Position verified by a work email' }, ' ✓ verified')
    : null;
  if (author.anonymous) return el('span', { class: 'credential' }, author.headline || 'Anonymous', mark);
  const history = author.companies?.length ? author.companies.join(', ') : author.headline;
  return el('span', { class: 'credential', title: `${author.displayName} (@${author.handle})` },
    history || author.displayName, mark);
}

/** Up, score, down; a second click on your vote retracts it. Signed out, a click asks to sign in. */
export function voteBox(kind, post) {
  const score = el('span', { class: 'score' }, String(post.score));
  const up = el('button', { class: 'up', 'aria-label': 'Vote up', onclick: () => cast(1) }, '▲');
  const down = el('button', { class: 'down', 'aria-label': 'Vote down', onclick: () => cast(-1) }, '▼');
  let myVote = post.myVote;
  const mark = () => {
    up.classList.toggle('mine', myVote === 1);
    down.classList.toggle('mine', myVote === -1);
  };
  mark();
  async function cast(value) {
    if (!session()) return askToSignIn('vote');
    try {
      const path = `/${kind}/${post.id}/vote`;
      const result = myVote === value ? await call('DELETE', path) : await call('PUT', path, { value });
      myVote = result.myVote;
      score.textContent = String(result.score);
      mark();
      clearNotice();
    } catch (error) {
      showProblem(error);
    }
  }
  return el('div', { class: 'votes' }, up, score, down);
}

/**
 * A Follow or Bookmark button: `on` is the caller's mark as the read gave it (null signed out, and
 * then no button); a click PUTs or DELETEs `path` and flips it.
 */
export function markButton(path, on, [offLabel, onLabel]) {
  if (on === null || on === undefined) return null;
  const button = el('button', { class: 'mark link', 'aria-pressed': String(on), onclick: async () => {
    try {
      await call(on ? 'DELETE' : 'PUT', path);
      on = !on;
      button.textContent = on ? onLabel : offLabel;
      button.setAttribute('aria-pressed', String(on));
      clearNotice();
    } catch (error) {
      showProblem(error);
    }
  } }, on ? onLabel : offLabel);
  return button;
}

/**
 * The headline an anonymous post by this user shows (API.md): the current position's title plus
 * its company stage, the title alone without a stage, none without a current position.
 */
export function anonymousHeadline(positions) {
  const current = positions.find(position => position.current);
  if (!current) return null;
  return current.companyStage ? `${current.title} at ${current.companyStage}` : current.title;
}

/** The "post anonymously" checkbox; checked, it shows the headline readers will see instead of the name. */
export function anonymousToggle() {
  const preview = el('span', { class: 'preview', hidden: true });
  const box = el('input', { type: 'checkbox', name: 'anonymous', onchange: () => { preview.hidden = !box.checked; } });
  call('GET', '/me/positions').then(positions => {
    const headline = anonymousHeadline(positions.items);
    preview.replaceChildren(headline
      ? el('span', {}, 'Shown as ', el('span', { class: 'credential' }, headline))
      : el('span', {}, 'Shown as "Anonymous": ', el('a', { href: '#/me' }, 'add your current position'), ' for a headline'));
  }).catch(showProblem);
  return el('label', { class: 'anonymous' }, box, ' Post anonymously ', preview);
}

/**
 * Replaces a post's node with an editor. It reads the post first and sends its ETag back as
 * If-Match, so an edit made meanwhile by somebody else is a 412 rather than overwritten.
 * `kind` is "questions" or "answers"; a question's title is editable too.
 */
export async function edit(node, kind, id, saved) {
  try {
    const { body: post, etag } = await exchange('GET', `/${kind}/${id}`);
    const title = kind === 'questions' ? el('input', { name: 'title', value: post.title, required: true }) : null;
    const text = el('textarea', { name: 'body', rows: 8, required: true }, post.body);
    const form = el('form', { class: 'editor', onsubmit: async event => {
      event.preventDefault();
      try {
        const changes = title ? { title: title.value, body: text.value } : { body: text.value };
        await exchange('PATCH', `/${kind}/${id}`, changes, { 'If-Match': etag });
        clearNotice();
        saved();
      } catch (error) {
        showProblem(error);
      }
    } }, title, text, el('div', { class: 'actions' }, el('button', {}, 'Save'),
      el('button', { type: 'button', onclick: () => form.replaceWith(node) }, 'Cancel')));
    node.replaceWith(form);
    (title || text).focus();
  } catch (error) {
    showProblem(error);
  }
}
