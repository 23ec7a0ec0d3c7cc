// Asking a question: title, Markdown body, 1 to 5 topics, and the anonymous toggle with the
// headline readers will see.
import { call, session } from './api.js';
import { el, field, showProblem, signInInvite } from './dom.js';
import { anonymousToggle } from './posts.js';
import { allTopics } from './topics.js';

export async function askPage() {
  document.title = 'Ask a question · Ladder';
  if (!session()) return el('p', {}, signInInvite('ask a question'));
  const topics = await allTopics();
  return el('form', { class: 'ask-form', onsubmit: async event => {
    event.preventDefault();
    const fields = event.target.elements;
    try {
      const question = await call('POST', '/questions', { title: fields.title.value, body: fields.body.value,
        topics: [...event.target.querySelectorAll('[name=topic]:checked')].map(box => box.value), anonymous: fields.anonymous.checked });
      location.hash = `#/questions/${question.id}`;
    } catch (error) {
      showProblem(error);
    }
  } },
  el('h1', {}, 'Ask a question'),
  field('Title', { name: 'title', required: true, minlength: 10, maxlength: 200 }),
  el('label', {}, 'Details (Markdown)', el('textarea', { name: 'body', rows: 8, required: true })),
  el('fieldset', { class: 'topic-choice' }, el('legend', {}, 'Topics (1 to 5)'),
    topics.items.map(topic => el('label', {}, el('input', { type: 'checkbox', name: 'topic', value: topic.slug }), ` ${topic.name}`))),
  anonymousToggle(),
  el('div', { class: 'actions' }, el('button', {}, 'Post question')));
}
