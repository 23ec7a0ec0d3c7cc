// Topics: the card beside a question ("Startups", its description, "243 questions") and the topic
// page, headed by the same, over the topic's newest questions.
import { call } from './api.js';
import { count, el } from './dom.js';
import { questionList } from './lists.js';
import { markButton } from './posts.js';

const follow = topic => markButton(`/topics/${encodeURIComponent(topic.slug)}/follow`, topic.following, ['Follow', 'Following']);

export function topicCard(topic) {
  return el('section', { class: 'topic-card' },
    el('h3', {}, el('a', { href: `#/topics/${topic.slug}` }, topic.name)),
    el('p', {}, topic.description),
    el('p', { class: 'count' }, count(topic.questionCount, 'question'), ' ', follow(topic)));
}

export async function topicPage(slug) {
  const query = encodeURIComponent(slug);
  const [topic, questions] = await Promise.all([call('GET', `/topics/${query}`),
    questionList(`/questions?sort=newest&topic=${query}`)]);
  document.title = `${topic.name} · Ladder`;
  return el('div', { class: 'topic-page' },
    el('header', { class: 'topic-head' }, el('h1', {}, topic.name), el('p', {}, topic.description),
      el('p', { class: 'count' }, count(topic.questionCount, 'question'), ' ', follow(topic))),
    questions);
}

/** The topics, by name: one page of 100 holds them all (a forum has a few dozen at most). */
export function allTopics() {
  return call('GET', '/topics?limit=100');
}

/** Every topic with its question count, for browsing. */
export async function topicsCard() {
  const topics = await allTopics();
  return el('section', { class: 'topics' }, el('h3', {}, 'Topics'),
    el('ul', {}, topics.items.map(topic => el('li', {},
      el('a', { href: `#/topics/${topic.slug}` }, topic.name), ' ', el('span', { class: 'muted' }, count(topic.questionCount, 'question'))))));
}
