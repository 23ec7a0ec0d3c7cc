// Lists of questions (the home page's newest, a topic's) and search results with the API's
// highlights, each with a "More" button for the next page.
import { call } from './api.js';
import { count, el, html, moreButton, when } from './dom.js';
import { byline } from './posts.js';

function facts(question) {
  return el('div', { class: 'byline' }, byline(question.author), ' · ', when(question.createdAt),
    ` · ${count(question.score, 'point')} · ${count(question.answerCount, 'answer')} · `,
    question.topics.map(topic => topic.name).join(', '));
}

/** The first page of a list at `path`, `item` drawing each entry, and a button for the next pages. */
async function pagedList(path, className, item, empty) {
  const first = await call('GET', path);
  if (!first.items.length) return el('p', { class: 'muted' }, empty);
  const list = el('ul', { class: className }, first.items.map(item));
  return el('div', {}, list, moreButton('More', path, first.nextCursor, list, item));
}

/** The questions at `path` (a /questions query), newest first. */
export function questionList(path) {
  return pagedList(path, 'questions', question => el('li', {},
    el('a', { href: `#/questions/${question.id}` }, question.title), facts(question)), 'No questions yet.');
}

export async function searchPage(q) {
  document.title = `${q} · Search · Ladder`;
  const results = await pagedList(`/search?q=${encodeURIComponent(q)}`, 'questions results', hit => el('li', {},
    el('a', { href: `#/questions/${hit.question.id}` }, html('span', 'title', hit.titleHtml)),
    html('p', 'snippet', hit.snippetHtml), facts(hit.question)), 'No questions match.');
  return el('div', { class: 'search-page' }, el('h1', {}, `Results for “${q}”`), results);
}
