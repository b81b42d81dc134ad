// Enhances the server-rendered home page: the filters' state matches what a wide screen shows (style.css shows
// them there whatever the state; a phone keeps the server's choice: folded unless a filter is on), and the
// "Suggest a comparison" form sends without leaving the page.
import * as api from './api.js';
import { say, showProblem, clearProblems } from './dom.js';

// The width from which style.css shows the filters unfolded.
const WIDE = window.matchMedia('(min-width: 48rem)');

const filters = document.getElementById('filters');
if (filters && WIDE.matches) filters.open = true;

const suggestForm = document.getElementById('suggest-form');
// The server renders the form hidden: it sends only through this script.
if (suggestForm) suggestForm.hidden = false;
suggestForm?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = document.getElementById('suggest-status');
  const button = document.getElementById('suggest-submit');
  const suggestion = {
    first: document.getElementById('suggest-first').value.trim(),
    second: document.getElementById('suggest-second').value.trim(),
  };
  const reason = document.getElementById('suggest-reason')?.value.trim();
  if (reason) suggestion.reason = reason;
  clearProblems(suggestForm);
  button.disabled = true;
  say(status, 'Sending…');
  try {
    const answer = await api.suggest(suggestion);
    const pair = `${suggestion.first} vs ${suggestion.second}`;
    say(status, answer?.status === 'unchanged' ? `You suggested ${pair} before; we have it.`
      : `Thank you: we received your suggestion of ${pair}. Editors read every suggestion.`, 'success');
    if (answer?.status !== 'unchanged') suggestForm.reset();
  } catch (error) {
    showProblem(suggestForm, status, error);
  } finally {
    button.disabled = false;
  }
});
