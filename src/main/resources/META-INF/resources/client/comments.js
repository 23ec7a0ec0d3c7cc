// Comments under a question or an answer: the first ones come with the question page
// (include=comments), "More comments" pages on, and a signed-in reader adds one in a line.
import { call, session } from './api.js';
import { el, html, moreButton, showProblem, when } from './dom.js';
import { byline } from './posts.js';

/** The commenter, and the role the API marks: the asker, or the author of the answer commented on. */
function commenter(author) {
  const role = author.asker ? 'asker' : author.postAuthor ? 'author' : null;
  return [byline(author), role && el('span', { class: 'role' }, role)];
}

function commentItem(comment) {
  return el('li', { class: 'comment', id: `comment-${comment.id}` }, html('span', 'body', comment.bodyHtml),
    el('span', { class: 'byline' }, ' – ', commenter(comment.author), ' · ', when(comment.createdAt)));
}

/** `postPath` is `/questions/{id}` or `/answers/{id}`; `page` its first comments; `rerender` shows the page again. */
export function commentThread(postPath, page, rerender) {
  const list = el('ul', { class: 'comments' }, page.items.map(commentItem));
  const more = moreButton('More comments', `${postPath}/comments`, page.nextCursor, list, commentItem);
  more.classList.add('link');
  if (!session()) return el('div', { class: 'thread' }, list, more);
  const body = el('input', { name: 'comment', maxlength: 600, required: true, placeholder: 'Add a comment' });
  const form = el('form', { class: 'comment-form', onsubmit: async event => {
    event.preventDefault();
    try {
      await call('POST', `${postPath}/comments`, { body: body.value });
      rerender();
    } catch (error) {
      showProblem(error);
    }
  } }, body, el('button', {}, 'Comment'));
  return el('div', { class: 'thread' }, list, more, form);
}
