// Notifications: the bell in the header with the unread count (polled; an unchanged count is a
// 304), and the inbox page, which marks what it showed read.
import { call, session } from './api.js';
import { el, moreButton, showProblem, when } from './dom.js';
import { byline } from './posts.js';

const POLL_MS = 30_000;

/** Sets the bell's badge: hidden at 0, "99+" at the API's cap of 100. */
export async function refreshBell() {
  const badge = document.getElementById('unread');
  if (!session()) {
    badge.hidden = true;
    return;
  }
  try {
    const { count } = await call('GET', '/me/notifications/unread-count');
    badge.textContent = count >= 100 ? '99+' : String(count);
    badge.hidden = count === 0;
  } catch {
    // The bell is a hint: a failed poll leaves it as it was, and the next one tries again.
  }
}

export function pollBell() {
  refreshBell();
  setInterval(refreshBell, POLL_MS);
}

const WHAT = {
  answer: 'answered',
  comment: 'commented on your post in',
  mention: 'mentioned you in',
  accepted: 'accepted your answer to',
};

function item(n) {
  const link = el('a', { href: `#/questions/${n.question.id}` }, n.question.title);
  const text = n.type === 'new-question'
    ? [`${n.count} new question${n.count === 1 ? '' : 's'} in ${n.topic.name}, the latest: `, link]
    : [byline(n.actor), ` ${WHAT[n.type]} `, link];
  return el('li', { class: n.read ? 'notification' : 'notification unread' }, ...text, ' · ', when(n.createdAt));
}

export async function notificationsPage() {
  const first = await call('GET', '/me/notifications');
  document.title = 'Notifications · Ladder';
  const list = el('ul', { class: 'notifications' }, first.items.map(item));
  const markRead = el('button', { hidden: !first.items.some(n => !n.read), onclick: async () => {
    try {
      await call('POST', '/me/notifications/read', { upTo: first.items[0].id });
      list.querySelectorAll('.unread').forEach(node => node.classList.remove('unread'));
      markRead.hidden = true;
      refreshBell();
    } catch (error) {
      showProblem(error);
    }
  } }, 'Mark all read');
  return el('div', { class: 'notifications-page' },
    el('h1', {}, 'Notifications'), markRead,
    first.items.length ? list : el('p', { class: 'muted' }, 'Nothing yet: follow questions and topics to hear of them.'),
    moreButton('More', '/me/notifications', first.nextCursor, list, item));
}
