// Enhances the server-rendered comparison page (/compare/{slug}): the vote form, the reader's own vote, live
// updates after a vote, votes on pros and cons, and the comments pager. Without this script the page reads the same.
import * as api from './api.js';
import { h, say, sentence, showProblem, clearProblems } from './dom.js';
import { fetchPage, swapSections, swapBadges } from './live.js';

// What a vote can change, swapped from a fresh copy of the page (the page data carries the new revision and pick).
const LIVE_SECTIONS = ['verdict', 'split', 'history', 'comments', 'page-data', 'structured-data'];
const POLL_EVERY_MS = 2000;
const POLL_FOR_MS = 60000;
const ITEM_VOTE_LABEL = { pros: 'Matters to me', cons: 'This is wrong' };

const readPageData = () => JSON.parse(document.getElementById('page-data').textContent);

let page = readPageData();
let myVote = null;
let pending = { body: null, key: null };
let pollTimer;

const form = () => document.getElementById('feedback-form');
const status = () => document.getElementById('feedback-status');
const complementary = () => page.type === 'complementary';
const nameOf = (key) => page.options.find((o) => o.key === key)?.name || key;

/** A new Idempotency-Key (crypto.randomUUID needs a secure context; getRandomValues does not). */
const newKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

// --- the vote form -----------------------------------------------------------------------------------------------

// The select of other options and its label: shown and sent only with "I disagree", so the form cannot say
// "I agree" and name another option.
function preferredParts(owner) {
  const select = owner.querySelector('select#preferred');
  if (!select) return [];
  const stance = owner.querySelector('[name="stance"]');
  let node = select;
  while (node.parentElement && node.parentElement !== owner && !(stance && node.parentElement.contains(stance))) node = node.parentElement;
  return node === select ? [select, owner.querySelector('label[for="preferred"]')].filter(Boolean) : [node];
}

function syncStance() {
  const owner = form();
  const select = owner?.querySelector('select#preferred');
  if (!select) return;
  const disagree = owner.querySelector('#stance-disagree')?.checked === true;
  select.disabled = !disagree;
  preferredParts(owner).forEach((part) => { part.hidden = !disagree; });
}

/** What the form says, as the API takes it: no preferredOption with "I agree" (the pick in force is meant). */
function voteOf(owner) {
  const vote = {};
  for (const [name, value] of new FormData(owner)) {
    if (typeof value === 'string' && value.trim() !== '') vote[name] = value.trim();
  }
  if (!complementary() && vote.stance !== 'disagree') delete vote.preferredOption;
  return vote;
}

/** A choice the reader has not made, as a field error the server would give, so both read the same. */
function missingChoice(vote) {
  if (complementary() && !vote.preferredOption) return { field: 'preferredOption', message: 'Choose which matters more to you' };
  if (!complementary() && !vote.stance) return { field: 'stance', message: 'Choose whether you agree or disagree' };
  return null;
}

const choiceOf = (vote) => vote.preferredOption || page.pickInForce;

const sameVote = (current, vote) => current !== null && current !== undefined
  && (!vote.stance || current.stance === vote.stance)
  && current.preferredOption === choiceOf(vote)
  && (current.comment || '') === (vote.comment || '');

async function submit(event) {
  event.preventDefault();
  const owner = event.target;
  const vote = voteOf(owner);
  const line = status();
  clearProblems(owner);
  const missing = missingChoice(vote);
  if (missing) {
    showProblem(owner, line, { message: 'Please choose before sending.', problem: { errors: [missing] } });
    return;
  }
  // One key per distinct vote: sending the same vote again (after a 503, say) repeats it harmlessly.
  const body = JSON.stringify(vote);
  if (pending.body !== body) pending = { body, key: newKey() };
  const button = owner.querySelector('#feedback-submit');
  button.disabled = true;
  say(line, 'Sending…');
  try {
    const answer = await api.sendFeedback(page.slug, vote, pending.key);
    pending = { body: null, key: null };
    say(line, answer.unchanged ? 'Your vote is already counted.'
      : `Thank you: your vote for ${nameOf(choiceOf(vote))} is counted. The verdict updates within seconds.`, 'success');
    showMyVote(await api.myVote(page.slug).catch(() => null) || { stance: vote.stance || 'agree', preferredOption: choiceOf(vote), comment: vote.comment });
    showAccepted();
  } catch (error) {
    // Too many sends while the vote in force is this one: nothing is lost, the vote counts.
    if (error.status === 429 && sameVote(await api.myVote(page.slug).catch(() => null), vote)) {
      say(line, 'Your vote is already counted.', 'success');
    } else {
      const retry = error.status === 429 || error.status === 503 ? 'Your vote was not confirmed; please send it again in a moment.' : '';
      showProblem(owner, line, error, retry);
    }
  } finally {
    button.disabled = false;
  }
}

// --- the reader's own vote ------------------------------------------------------------------------------------

function showMyVote(vote) {
  myVote = vote;
  const box = document.getElementById('my-vote');
  if (!box) return;
  if (!vote) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  const words = complementary() ? `${nameOf(vote.preferredOption)} matters more to me`
    : `I ${vote.stance}, ${nameOf(vote.preferredOption)}`;
  box.replaceChildren(...[
    h('p', {}, h('strong', {}, 'Your vote: '), words),
    vote.comment && h('p', { class: 'my-comment' }, `“${vote.comment}”`),
    h('p', { class: 'my-vote-actions' },
      h('button', { type: 'button', id: 'change-vote' }, 'Change my vote'), ' ',
      h('button', { type: 'button', id: 'withdraw-vote', class: 'secondary' }, 'Withdraw my vote')),
  ].filter(Boolean));
  box.hidden = false;
}

/** Puts the reader's vote into the form, to be changed and sent again. */
function changeVote() {
  const owner = form();
  if (!owner || !myVote) return;
  if (complementary()) {
    owner.querySelectorAll('[name="preferredOption"]').forEach((radio) => { radio.checked = radio.value === myVote.preferredOption; });
  } else {
    const disagree = myVote.stance === 'disagree';
    const stance = owner.querySelector(disagree ? '#stance-disagree' : '#stance-agree');
    if (stance) stance.checked = true;
    const select = owner.querySelector('select#preferred');
    if (disagree && select) select.value = myVote.preferredOption;
    syncStance();
  }
  const comment = owner.querySelector('#comment');
  if (comment) comment.value = myVote.comment || '';
  owner.scrollIntoView({ block: 'start' });
  owner.querySelector('input[type="radio"]:checked, input[type="radio"]')?.focus();
}

async function withdrawVote(button) {
  button.disabled = true;
  const line = status();
  try {
    await api.withdrawMyVote(page.slug);
    showMyVote(null);
    say(line, 'Your vote is withdrawn: it no longer counts.', 'success');
    showAccepted();
  } catch (error) {
    if (error.status === 404) {
      showMyVote(null);
      say(line, 'You have no vote here to withdraw.');
    } else {
      say(line, sentence(error.message), 'error');
      button.disabled = false;
    }
  }
}

// --- live updates --------------------------------------------------------------------------------------------

/** Swaps in what the server renders now; the form too when the pick in force changed (its choices did). */
async function refresh() {
  const fresh = await fetchPage();
  const pickBefore = page.pickInForce;
  swapSections(fresh, LIVE_SECTIONS);
  swapBadges(fresh);
  page = readPageData();
  if (page.pickInForce !== pickBefore) {
    swapSections(fresh, ['feedback-form']);
    revealForm();
    syncStance();
  }
}

/**
 * After a vote is taken or withdrawn: the comments at once (a change of comment alone makes no new verdict revision
 * to wait for), then the verdict when its new revision is out.
 */
function showAccepted() {
  fetchPage().then((fresh) => swapSections(fresh, ['comments'])).catch(() => {});
  watchVerdict();
}

/** Polls the verdict until its revision is newer than the page's, then refreshes; gives up after a minute or when the tab is hidden. */
function watchVerdict() {
  clearTimeout(pollTimer);
  const deadline = Date.now() + POLL_FOR_MS;
  const tick = async () => {
    if (document.hidden || Date.now() > deadline) return;
    const latest = await api.verdict(page.slug).catch(() => null);
    if (latest && latest.revision > (page.revision ?? 0)) await refresh().catch(() => {});
    else pollTimer = setTimeout(tick, POLL_EVERY_MS);
  };
  pollTimer = setTimeout(tick, POLL_EVERY_MS);
}

// --- pros and cons --------------------------------------------------------------------------------------------

// The same words the server renders (ComparisonPage.Item.countText).
const countText = (count) => (count > 0 ? `${count} ${count === 1 ? 'reader' : 'readers'} marked this` : '');

function itemButtons() {
  document.querySelectorAll('li[data-item]').forEach((item) => {
    if (item.querySelector('button.item-vote')) return;
    const list = item.dataset.item.split('/')[1];
    const text = item.querySelector('.item-text')?.textContent.trim() || '';
    item.append(' ', h('button', {
      type: 'button', class: 'item-vote', 'aria-pressed': 'false', 'aria-label': `${ITEM_VOTE_LABEL[list]}: ${text}`,
    }, ITEM_VOTE_LABEL[list]));
  });
}

function showItemVote(item, count, mine) {
  const counter = item.querySelector('.item-count');
  if (counter) counter.textContent = countText(count);
  item.dataset.count = String(count);
  item.querySelector('button.item-vote')?.setAttribute('aria-pressed', String(mine === true));
}

async function loadItemVotes() {
  const votes = await api.itemVotes(page.slug).catch(() => []);
  for (const vote of votes) {
    const item = document.querySelector(`li[data-item="${CSS.escape(`${vote.option}/${vote.list}/${vote.index}`)}"]`);
    if (item) showItemVote(item, vote.count, vote.mine);
  }
}

async function toggleItem(button) {
  const item = button.closest('li[data-item]');
  const mark = button.getAttribute('aria-pressed') !== 'true';
  button.disabled = true;
  item.querySelector('.item-error')?.remove();
  try {
    await api.markItem(page.slug, item.dataset.item, mark);
    const count = Number(item.dataset.count || 0);
    showItemVote(item, Math.max(0, count + (mark ? 1 : -1)), mark);
  } catch (error) {
    item.append(h('span', { class: 'item-error', role: 'status' }, sentence(error.message)));
  } finally {
    button.disabled = false;
  }
}

// --- comments pager ---------------------------------------------------------------------------------------------

async function showComments(url, push) {
  swapSections(await fetchPage(url.pathname + url.search), ['comments']);
  if (push) history.pushState(null, '', url);
  const comments = document.getElementById('comments');
  comments?.setAttribute('tabindex', '-1');
  comments?.focus();
}

/** The server renders the form hidden (it works only with this script); shows it. */
function revealForm() {
  const owner = form();
  if (owner) owner.hidden = false;
}

// --- wiring (delegated, so that swapped sections keep working) ----------------------------------------------

document.addEventListener('change', (event) => {
  if (event.target.name === 'stance' && event.target.form?.id === 'feedback-form') syncStance();
});
document.addEventListener('submit', (event) => {
  if (event.target.id === 'feedback-form') submit(event);
});
document.addEventListener('click', (event) => {
  const target = event.target.closest('button, a');
  if (!target) return;
  if (target.id === 'change-vote') changeVote();
  else if (target.id === 'withdraw-vote') withdrawVote(target);
  else if (target.matches('button.item-vote')) toggleItem(target);
  else if (target.matches('#comments nav.pager a[href]') && event.button === 0
    && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
    event.preventDefault();
    const url = new URL(target.href, location.href);
    showComments(url, true).catch(() => location.assign(url));
  }
});
window.addEventListener('popstate', () => showComments(new URL(location.href), false).catch(() => location.reload()));
document.addEventListener('visibilitychange', () => { if (document.hidden) clearTimeout(pollTimer); });

if (!page.archived && form()) {
  revealForm();
  syncStance();
  itemButtons();
  loadItemVotes();
  api.myVote(page.slug).then(showMyVote, () => {});
}
