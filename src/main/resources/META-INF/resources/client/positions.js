// The signed-in user's positions: the credentials shown beside their posts. The current one makes
// the headline, and the headline of their anonymous posts (title plus company stage).
import { call, session } from './api.js';
import { el, field, showProblem, signInInvite } from './dom.js';
import { anonymousHeadline } from './posts.js';

function describe(position) {
  const stage = position.companyStage ? ` (${position.companyStage})` : '';
  return `${position.title} at ${position.company}${stage}, ${position.startDate} to ${position.endDate || 'now'}`;
}

/**
 * A verified position says so; another offers to verify it: a code goes to a work address at the
 * company, and the code back proves the position (the address is not kept).
 */
function verification(position, rerender) {
  if (position.verified) return el('span', { class: 'verified' }, ' ✓ verified');
  const box = el('span', { class: 'verification' });
  const submit = (form, send) => async event => {
    event.preventDefault();
    try {
      await send(Object.fromEntries(new FormData(form())));
    } catch (error) {
      showProblem(error);
    }
  };
  const codeForm = sent => {
    const form = el('form', { class: 'code-form', onsubmit: submit(() => form, async ({ code }) => {
      await call('POST', `/me/positions/${position.id}/verification/confirm`, { code });
      rerender();
    }) },
    el('p', {}, `A code went to your address at ${sent.domain}; it is valid until `
      + `${new Date(sent.expiresAt).toLocaleTimeString()}.`),
    field('Code', { name: 'code', required: true, pattern: '[0-9]{6}', inputmode: 'numeric', maxlength: 6 }),
    el('button', {}, 'Confirm'));
    return form;
  };
  const emailForm = () => {
    const form = el('form', { class: 'verify-form', onsubmit: submit(() => form, async ({ workEmail }) => {
      box.replaceChildren(codeForm(await call('POST', `/me/positions/${position.id}/verification`, { workEmail })));
    }) },
    field(`Your work email at ${position.company}`, { name: 'workEmail', type: 'email', required: true, maxlength: 254 }),
    el('button', {}, 'Send code'));
    return form;
  };
  box.append(el('button', { class: 'verify', type: 'button', onclick: () => box.replaceChildren(emailForm()) }, 'Verify'));
  return box;
}

export async function positionsPage(rerender) {
  document.title = 'Your positions · Ladder';
  if (!session()) return el('p', {}, signInInvite('add your positions'));
  const positions = (await call('GET', '/me/positions')).items;
  return el('div', { class: 'positions-page' },
    el('h1', {}, 'Your positions'),
    el('p', {}, 'Your anonymous posts show ', el('span', { class: 'credential headline' },
      anonymousHeadline(positions) || 'no headline (no current position)')),
    positions.length
      ? el('ul', {}, positions.map(position => el('li', {}, describe(position), verification(position, rerender))))
      : null,
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
