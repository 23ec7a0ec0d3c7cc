// Signing up and signing in: each form goes back to the page the reader came from.
import { register, signIn } from './api.js';
import { el, field, showProblem, signInLink } from './dom.js';

const required = (label, attributes) => field(label, { required: true, ...attributes });

function accountForm(heading, fields, submit, then, other) {
  document.title = `${heading} · Ladder`;
  return el('form', { class: 'account-form', onsubmit: async event => {
    event.preventDefault();
    try {
      await submit(Object.fromEntries(new FormData(event.target)));
      location.hash = then;
    } catch (error) {
      showProblem(error);
    }
  } }, el('h1', {}, heading), fields, el('button', {}, heading), el('p', { class: 'muted' }, other));
}

export function signInPage(then) {
  return accountForm('Sign in', [
    required('Handle or email', { name: 'login', autocomplete: 'username' }),
    required('Password', { name: 'password', type: 'password', autocomplete: 'current-password' }),
  ], ({ login, password }) => signIn(login, password), then, ['New here? ', signInLink('Sign up', 'signup', then)]);
}

export function signUpPage(then) {
  return accountForm('Sign up', [
    required('Handle', { name: 'handle', autocomplete: 'username', pattern: '[A-Za-z0-9_\\-]{3,30}',
      title: '3 to 30 letters, digits, _ or -' }),
    required('Display name', { name: 'displayName', autocomplete: 'name', maxlength: 80 }),
    required('Email', { name: 'email', type: 'email', autocomplete: 'email' }),
    required('Password', { name: 'password', type: 'password', autocomplete: 'new-password', minlength: 10, maxlength: 128 }),
  ], register, then, ['Have an account? ', signInLink('Sign in', 'signin', then)]);
}
