// Notifications: the bell in the header with the unread count, live over the notification stream
// (polled while no stream is open; an unchanged count is a 304), and the inbox page, which marks
// what it showed read.
import { call, session } from './api.js';
import { el, moreButton, showProblem, when } from './dom.js';
import { byline } from './posts.js';

const POLL_MS = 30_000;
const RECONNECT_MS = 5_000;

let unread = 0;
let stream = null;
let watching = 0;

/** Sets the bell's badge: hidden at 0, "99+" at the API's cap of 100. */
function showUnread(count) {
  const badge = document.getElementById('unread');
  unread = count;
  badge.textContent = count >= 100 ? '99+' : String(count);
  badge.hidden = count === 0;
}

export async function refreshBell() {
  if (!session()) {
    document.getElementById('unread').hidden = true;
    return;
  }
  try {
    showUnread((await call('GET', '/me/notifications/unread-count')).count);
  } catch {
    // The bell is a hint: a failed poll leaves it as it was, and the next one tries again.
  }
}

/**
 * Opens the notification stream for the signed-in reader (closing any other): EventSource cannot
 * send the token, so it goes with a single-use ticket. EventSource would reconnect with that used
 * ticket and be refused, so on any error this closes it and opens a new one with a new ticket
 * (the stream's first event is the unread count again).
 */
async function watchBell() {
  const turn = ++watching;
  stream?.close();
  stream = null;
  if (!session() || !window.EventSource) return;
  let ticket;
  try {
    ({ ticket } = await call('POST', '/me/notifications/stream-tickets'));
  } catch {
    if (turn === watching) setTimeout(watchBell, RECONNECT_MS);
    return;
  }
  if (turn !== watching) return; // a sign-in or a token refresh meanwhile opened a newer one
  const source = new EventSource(`/api/v1/me/notifications/stream?ticket=${encodeURIComponent(ticket)}`);
  stream = source;
  source.addEventListener('unread-count', event => showUnread(JSON.parse(event.data).count));
  source.addEventListener('notification', () => showUnread(unread + 1));
  source.onerror = () => {
    source.close();
    if (stream === source) {
      stream = null;
      setTimeout(watchBell, RECONNECT_MS);
    }
  };
}

export function pollBell() {
  refreshBell();
  watchBell();
  window.addEventListener('ladder:session', watchBell);
  setInterval(() => stream || refreshBell(), POLL_MS);
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
