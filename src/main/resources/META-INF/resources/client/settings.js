// Mail settings, and the page an unsubscribe link in a mail opens: it asks before it unsubscribes,
// as a link checker that opens the link must change nothing.
import { call, session } from './api.js';
import { el, showProblem, signInInvite } from './dom.js';

const DIGESTS = { weekly: 'Weekly', daily: 'Daily', off: 'Never' };

export async function settingsPage() {
  document.title = 'Settings · Ladder';
  if (!session()) return el('p', {}, signInInvite('change your settings'));
  const settings = await call('GET', '/me/settings');
  const saved = el('span', { class: 'muted', role: 'status', hidden: true }, 'Saved.');
  return el('div', { class: 'settings-page' },
    el('h1', {}, 'Settings'),
    el('form', { class: 'settings-form', onsubmit: async event => {
      event.preventDefault();
      const form = event.target.elements;
      saved.hidden = true;
      try {
        await call('PATCH', '/me/settings',
          { emailDigest: form.emailDigest.value, emailOnAnswer: form.emailOnAnswer.checked });
        saved.hidden = false;
      } catch (error) {
        showProblem(error);
      }
    } },
    el('label', {}, 'Digest of new questions in the topics you follow',
      el('select', { name: 'emailDigest' }, Object.entries(DIGESTS).map(([value, label]) =>
        el('option', { value, selected: value === settings.emailDigest }, label)))),
    el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: 'emailOnAnswer', checked: settings.emailOnAnswer }),
      'Mail me when someone answers my question'),
    el('div', { class: 'actions' }, el('button', {}, 'Save'), ' ', saved)));
}

export function unsubscribePage(token) {
  document.title = 'Unsubscribe · Ladder';
  const done = el('p', { role: 'status', hidden: true });
  const button = el('button', { onclick: async () => {
    try {
      const settings = await call('POST', `/unsubscribe?token=${encodeURIComponent(token)}`);
      button.hidden = true;
      done.textContent = `Unsubscribed. Digest: ${DIGESTS[settings.emailDigest].toLowerCase()}; `
        + `mail about answers: ${settings.emailOnAnswer ? 'on' : 'off'}.`;
      done.hidden = false;
    } catch (error) {
      showProblem(error);
    }
  } }, 'Unsubscribe');
  return el('div', { class: 'unsubscribe-page' },
    el('h1', {}, 'Unsubscribe'),
    el('p', {}, 'Stop the mail this link came with? Signed in, you can change every setting on ',
      el('a', { href: '#/settings' }, 'the settings page'), '.'),
    button, done);
}
