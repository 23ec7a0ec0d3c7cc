// The signed-in user's positions: the credentials shown beside their posts. The current one makes
// the headline, and the headline of their anonymous posts (title plus company stage).
import { call, session } from './api.js';
import { el, field, showProblem, signInInvite } from './dom.js';
import { anonymousHeadline } from './posts.js';

function describe(position) {
  const stage = position.companyStage ? ` (${position.companyStage})` : '';
  return `${position.title} at ${position.company}${stage}, ${position.startDate} to ${position.endDate || 'now'}`;
}

export async function positionsPage(rerender) {
  document.title = 'Your positions · Ladder';
  if (!session()) return el('p', {}, signInInvite('add your positions'));
  const positions = (await call('GET', '/me/positions')).items;
  return el('div', { class: 'positions-page' },
    el('h1', {}, 'Your positions'),
    el('p', {}, 'Your anonymous posts show ', el('span', { class: 'credential headline' },
      anonymousHeadline(positions) || 'no headline (no current position)')),
    positions.length ? el('ul', {}, positions.map(position => el('li', {}, describe(position)))) : null,
    el('form', { class: 'position-form', onsubmit: async event => {
      event.preventDefault();
      // Optional fields left empty are left out.
      const position = Object.fromEntries([...new FormData(event.target)].filter(([, value]) => value));
      try {
        await call('POST', '/me/positions', position);
        rerender();
      } catch (error) {
        showProblem(error);
      }
    } },
    el('h2', {}, 'Add a position'),
    field('Title', { name: 'title', required: true, maxlength: 100, placeholder: 'Software Engineer' }),
    field('Company', { name: 'company', required: true, maxlength: 100 }),
    field('Level (optional)', { name: 'level', maxlength: 50, placeholder: 'Senior' }),
    field('Company stage (optional, shown on anonymous posts)', { name: 'companyStage', maxlength: 50, placeholder: 'Series A Startup' }),
    field('From', { name: 'startDate', type: 'month', required: true }),
    field('To (empty while it is your current position)', { name: 'endDate', type: 'month' }),
    el('div', { class: 'actions' }, el('button', {}, 'Add position'))));
}
