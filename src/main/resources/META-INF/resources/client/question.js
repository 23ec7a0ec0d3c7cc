// The question page, as the seed page shows it: the question with its anonymous headline, answers
// with scores, votes and company histories, the accepted answer marked, comments under each post,
// the topic cards and related questions; an answer form (or why a closed question takes none), and
// editing for the author.
import { call, session } from './api.js';
import { commentThread } from './comments.js';
import { count, el, html, moreButton, showProblem, signInInvite, when } from './dom.js';
import { anonymousToggle, byline, edit, markButton, voteBox } from './posts.js';
import { topicCard } from './topics.js';

const path = id => `/questions/${encodeURIComponent(id)}`;

/** The Edit button of a post the caller may edit; `rerender` shows the page again once it is saved. */
function editButton(kind, post, rerender) {
  if (!post.canEdit) return null;
  return el('button', { class: 'edit link', onclick: event => edit(event.target.closest('.post'), kind, post.id, rerender) }, 'Edit');
}

/** Answers paged with "More answers" come without comments: their thread starts empty and pages on. */
function answerItem(answer, rerender) {
  return el('li', { class: answer.accepted ? 'answer accepted' : 'answer', id: `answer-${answer.id}` },
    voteBox('answers', answer),
    el('div', { class: 'post' },
      answer.accepted && el('p', { class: 'accepted-mark', title: 'The asker accepted this answer' }, '✓ Accepted answer'),
      el('div', { class: 'byline' }, byline(answer.author), ' · ', when(answer.createdAt)),
      html('div', 'body', answer.bodyHtml),
      el('div', { class: 'post-actions' }, editButton('answers', answer, rerender),
        markButton(`/answers/${encodeURIComponent(answer.id)}/bookmark`, answer.bookmarked, ['Bookmark', 'Bookmarked'])),
      commentThread(`/answers/${encodeURIComponent(answer.id)}`, answer.comments || { items: [], nextCursor: null }, rerender)));
}

const REASONS = {
  'off-topic': 'off-topic', 'needs-details': 'needing details', 'opinion-based': 'opinion-based', other: 'by a moderator',
};

/** "Closed as a duplicate of <link>", or the reason; nothing while the question is open. */
function closedBanner(closed) {
  if (!closed) return null;
  if (closed.reason === 'duplicate') {
    return el('p', { class: 'closed-banner' }, 'Closed as a duplicate of ',
      closed.duplicateOf ? el('a', { href: `#/questions/${closed.duplicateOf.id}` }, closed.duplicateOf.title) : 'a question since deleted');
  }
  return el('p', { class: 'closed-banner' }, `Closed as ${REASONS[closed.reason] || closed.reason}.`);
}

function answerForm(question, rerender) {
  const id = question.id;
  if (question.closed) return el('p', { class: 'muted' }, 'This question is closed: it takes no new answers.');
  if (!session()) return el('p', { class: 'muted' }, signInInvite('answer'));
  const body = el('textarea', { name: 'body', rows: 6, required: true, placeholder: 'Your answer (Markdown)' });
  const anonymous = anonymousToggle();
  return el('form', { class: 'answer-form', onsubmit: async event => {
    event.preventDefault();
    try {
      await call('POST', `${path(id)}/answers`, { body: body.value, anonymous: event.target.elements.anonymous.checked });
      rerender();
    } catch (error) {
      showProblem(error);
    }
  } }, el('h2', {}, 'Your answer'), body, anonymous, el('div', { class: 'actions' }, el('button', {}, 'Post answer')));
}

export async function questionPage(id, rerender) {
  const question = await call('GET', `${path(id)}?include=answers,comments`);
  const [topics, related] = await Promise.all([
    Promise.all(question.topics.map(topic => call('GET', `/topics/${encodeURIComponent(topic.slug)}`))),
    call('GET', `${path(id)}/related?limit=5`)]);
  document.title = `${question.title} · Ladder`;
  const answers = el('ul', { class: 'answers' }, question.answers.items.map(answer => answerItem(answer, rerender)));
  return el('div', { class: 'layout' },
    el('div', { class: 'main' },
      el('article', { class: 'question' }, voteBox('questions', question),
        el('div', { class: 'post' },
          el('h1', {}, question.title),
          closedBanner(question.closed),
          el('div', { class: 'byline' }, byline(question.author), ' · ', when(question.createdAt)),
          html('div', 'body', question.bodyHtml),
          el('div', { class: 'post-actions' }, editButton('questions', question, rerender),
            markButton(`${path(id)}/follow`, question.following, ['Follow', 'Following']),
            markButton(`${path(id)}/bookmark`, question.bookmarked, ['Bookmark', 'Bookmarked'])),
          commentThread(path(id), question.comments, rerender))),
      el('h2', {}, count(question.answerCount, 'answer')),
      answers, moreButton('More answers', `${path(id)}/answers`, question.answers.nextCursor, answers,
        answer => answerItem(answer, rerender)),
      answerForm(question, rerender)),
    el('aside', {},
      topics.map(topicCard),
      el('section', { class: 'related' }, el('h3', {}, 'Related resources'),
        related.items.length
          ? el('ul', {}, related.items.map(q => el('li', {}, el('a', { href: `#/questions/${q.id}` }, q.title))))
          : el('p', { class: 'muted' }, 'Nothing related yet.'))));
}
