// Ladder's reference client: the question page the forum shows (question, anonymous credential
// headline, answers with scores, votes and company histories, the topic card, related questions)
// built from the public API only. Server-rendered, sanitised bodyHtml is the only markup inserted
// as HTML; everything else goes in as text.
import { call, Problem, session, signIn, signOut } from './api.js';
import { ago } from './time.js';

const page = document.getElementById('page');

/** A DOM element: attributes (on* ones become listeners) and children (strings become text). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter(child => child !== null && child !== undefined));
  return node;
}

function html(className, trustedHtml) {
  const node = el('div', { class: className });
  node.innerHTML = trustedHtml; // bodyHtml: rendered and sanitised by the API for exactly this use
  return node;
}

function showProblem(error) {
  const box = document.getElementById('problem');
  if (!error) {
    box.hidden = true;
    return;
  }
  const problem = error instanceof Problem ? error.problem : { title: 'Network error', detail: String(error.message || error) };
  const fields = (problem.errors || []).map(e => el('li', {}, `${e.field}: ${e.message}`));
  box.replaceChildren(el('strong', {}, `${problem.status ? problem.status + ' ' : ''}${problem.title}`),
    problem.detail ? el('span', {}, ` — ${problem.detail}`) : null, fields.length ? el('ul', {}, fields) : null);
  box.hidden = false;
}

function when(iso) {
  return el('time', { datetime: iso, title: new Date(iso).toUTCString() }, ago(iso));
}

/** How a post names its author: an anonymous one only by its frozen headline, as the seed page does. */
function byline(author) {
  if (author.anonymous) return el('span', { class: 'credential' }, author.headline || 'Anonymous');
  const history = author.companies && author.companies.length ? author.companies.join(', ') : author.headline;
  return el('span', { class: 'credential', title: `${author.displayName} (@${author.handle})` },
    history || author.displayName);
}

/** Up, score, down; a second click on your vote retracts it. */
function voteBox(kind, post) {
  const score = el('span', { class: 'score' }, String(post.score));
  const up = el('button', { class: 'up', 'aria-label': 'Vote up', onclick: () => cast(1) }, '▲');
  const down = el('button', { class: 'down', 'aria-label': 'Vote down', onclick: () => cast(-1) }, '▼');
  const mark = myVote => {
    up.classList.toggle('mine', myVote === 1);
    down.classList.toggle('mine', myVote === -1);
  };
  let myVote = post.myVote;
  mark(myVote);
  async function cast(value) {
    try {
      const path = `/${kind}/${post.id}/vote`;
      const result = myVote === value ? await call('DELETE', path) : await call('PUT', path, { value });
      myVote = result.myVote;
      score.textContent = String(result.score);
      mark(myVote);
      showProblem(null);
    } catch (error) {
      showProblem(error);
    }
  }
  return el('div', { class: 'votes' }, up, score, down);
}

function answerItem(answer) {
  return el('li', { class: 'answer', id: `answer-${answer.id}` }, voteBox('answers', answer),
    el('div', { class: 'post' }, el('div', { class: 'byline' }, byline(answer.author), ' · ', when(answer.createdAt)),
      html('body', answer.bodyHtml)));
}

async function questionPage(id) {
  const question = await call('GET', `/questions/${encodeURIComponent(id)}?include=answers`);
  const [topics, related] = await Promise.all([
    Promise.all(question.topics.map(topic => call('GET', `/topics/${encodeURIComponent(topic.slug)}`))),
    call('GET', `/questions/${encodeURIComponent(id)}/related?limit=5`)]);
  document.title = `${question.title} · Ladder`;
  const answers = el('ul', { class: 'answers' }, question.answers.items.map(answerItem));
  let next = question.answers.nextCursor;
  const more = el('button', { class: 'more', hidden: !next, onclick: async () => {
    try {
      const pageOfAnswers = await call('GET', `/questions/${encodeURIComponent(id)}/answers?cursor=${encodeURIComponent(next)}`);
      answers.append(...pageOfAnswers.items.map(answerItem));
      next = pageOfAnswers.nextCursor;
      more.hidden = !next;
    } catch (error) {
      showProblem(error);
    }
  } }, 'More answers');
  page.replaceChildren(
    el('div', { class: 'layout' },
      el('div', { class: 'main' },
        el('article', { class: 'question' },
          el('h1', {}, question.title),
          el('div', { class: 'byline' }, byline(question.author), ' · ', when(question.createdAt)),
          el('div', { class: 'question-body' }, voteBox('questions', question), html('body', question.bodyHtml))),
        el('h2', {}, `${question.answerCount} ${question.answerCount === 1 ? 'answer' : 'answers'}`),
        answers, more),
      el('aside', {},
        topics.map(topic => el('section', { class: 'topic-card' },
          el('h3', {}, el('a', { href: `#/topics/${topic.slug}` }, topic.name)),
          el('p', {}, topic.description || ''),
          el('p', { class: 'count' }, `${topic.questionCount} ${topic.questionCount === 1 ? 'question' : 'questions'}`))),
        el('section', { class: 'related' }, el('h3', {}, 'Related resources'),
          el('ul', {}, related.items.map(q => el('li', {}, el('a', { href: `#/questions/${q.id}` }, q.title))))))));
}

async function questionList(topicSlug) {
  const query = topicSlug ? `?sort=newest&topic=${encodeURIComponent(topicSlug)}` : '?sort=newest';
  const list = await call('GET', `/questions${query}`);
  document.title = 'Ladder';
  page.replaceChildren(el('h1', {}, topicSlug ? `Questions in ${topicSlug}` : 'Newest questions'),
    el('ul', { class: 'questions' }, list.items.map(q => el('li', {},
      el('a', { href: `#/questions/${q.id}` }, q.title),
      el('div', { class: 'byline' }, byline(q.author), ' · ', when(q.createdAt),
        ` · ${q.score} points · ${q.answerCount} answers · `, q.topics.map(t => t.name).join(', '))))));
}

async function route() {
  const [, kind, id] = location.hash.match(/^#\/(questions|topics)\/([^/?#]+)/) || [];
  page.setAttribute('aria-busy', 'true');
  try {
    if (kind === 'questions') await questionPage(decodeURIComponent(id));
    else await questionList(kind === 'topics' ? decodeURIComponent(id) : null);
    showProblem(null);
  } catch (error) {
    page.replaceChildren(el('p', { class: 'muted' }, 'Nothing to show.'));
    showProblem(error);
  } finally {
    page.removeAttribute('aria-busy');
  }
}

function showSession() {
  const current = session();
  document.getElementById('sign-in').hidden = !!current;
  document.getElementById('signed-in').hidden = !current;
  document.getElementById('who').textContent = current ? `@${current.handle}` : '';
}

document.getElementById('sign-in').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  try {
    await signIn(form.login.value, form.password.value);
    form.reset();
    showSession();
    await route(); // myVote and canEdit are the caller's
  } catch (error) {
    showProblem(error);
  }
});
document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  showSession();
  route();
});
window.addEventListener('hashchange', route);
showSession();
route();
