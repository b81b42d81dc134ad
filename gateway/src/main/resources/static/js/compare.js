import * as api from './api.js';
import { h, show, percent } from './dom.js';

const nameOf = (topic, key) => topic.options.find((o) => o.key === key)?.name || key;

function optionColumn(topic, option, winner) {
  const isPick = option.key === winner;
  return h('article', { class: isPick ? 'option pick' : 'option', 'aria-labelledby': `option-${option.key}` },
    h('h2', { id: `option-${option.key}` }, option.name, isPick ? h('span', { class: 'badge', id: 'nice-pick' }, 'Nice Pick') : null),
    h('p', {}, option.description),
    h('h3', {}, 'Pros'), h('ul', { class: 'pros' }, option.pros.map((p) => h('li', {}, p))),
    h('h3', {}, 'Cons'), h('ul', { class: 'cons' }, option.cons.map((c) => h('li', {}, c))),
    option.related.length ? h('p', { class: 'related' }, 'Related to: ',
      option.related.map((tech, i) => [i ? ', ' : '', h('a', { href: `/?q=${encodeURIComponent(tech.replace(/-/g, ' '))}` }, tech)])) : null);
}

function verdictSection(topic, verdict) {
  const lines = verdict.useIf
    || topic.options.filter((o) => o.bestFor).map((o) => ({ option: o.key, text: `Use ${o.name} if ${o.bestFor}` }));
  const winnerName = nameOf(topic, verdict.winner);
  const bottomLine = verdict.bottomLine || topic.bottomLine;
  return h('section', { class: 'verdict', id: 'verdict', 'aria-labelledby': 'verdict-title' },
    h('h2', { id: 'verdict-title' }, 'The Verdict'),
    verdict.stale ? h('p', { class: 'notice stale', id: 'stale', role: 'status' },
      'This verdict may be out of date: the verdict service is not answering, so you see the latest verdict we had.') : null,
    h('ul', { class: 'use-if', id: 'use-if' }, lines.map((line) => h('li', { 'data-option': line.option }, line.text))),
    h('p', { class: 'bottom-line', id: 'bottom-line' }, h('strong', {}, 'The Bottom Line: '),
      bottomLine.startsWith(winnerName) ? bottomLine : `${winnerName} wins — ${bottomLine}`));
}

function splitSection(topic, summary) {
  return h('section', { class: 'split', id: 'split', 'aria-labelledby': 'split-title' },
    h('h2', { id: 'split-title' }, 'What readers say'),
    summary.total === 0 ? h('p', {}, 'No reader has voted yet. Be the first.')
      : h('ul', { class: 'bars' }, topic.options.map((o) => {
        const share = summary.share?.[o.key] || 0;
        return h('li', {},
          h('span', { class: 'bar-label' }, `${o.name}: ${summary.votes?.[o.key] || 0} of ${summary.total} (${Math.round(share * 100)}%)`),
          h('span', { class: 'bar', 'data-share': share },
            h('meter', { min: '0', max: '1', value: String(share), 'aria-label': `${o.name} share` })));
      })));
}

function howSection(topic, verdict) {
  const probabilities = verdict.probabilities || { [verdict.winner]: verdict.probability };
  return h('details', { class: 'how', id: 'how' },
    h('summary', {}, 'How this verdict was computed'),
    h('p', {}, verdict.reasonText || ''),
    h('p', {}, `${nameOf(topic, verdict.winner)} is most readers' choice with probability ${percent(verdict.probability)}`
      + (verdict.revision ? ` (revision ${verdict.revision}, computed ${new Date(verdict.computedAt).toLocaleString()}).` : '.')),
    h('table', {},
      h('caption', {}, 'Inputs and results per option'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, 'Counted votes'), h('th', { scope: 'col' }, 'Probability of being best'))),
      h('tbody', {}, topic.options.map((o) => h('tr', {},
        h('th', { scope: 'row' }, o.name), h('td', {}, verdict.split?.[o.key] ?? 0),
        h('td', {}, probabilities[o.key] === undefined ? '—' : percent(probabilities[o.key])))))),
    verdict.inputs ? h('pre', { class: 'inputs' }, JSON.stringify(verdict.inputs, null, 2)) : null,
    h('p', {}, 'The model: the editors\u2019 pick starts with a head start (a Dirichlet prior), each counted vote adds one, and the pick changes only when a challenger is 90% likely with at least 20 votes. ',
      h('a', { href: `/api/verdicts/${topic.slug}/history` }, 'Every revision'), ' is public.'));
}

function feedbackForm(topic, verdict) {
  const status = h('p', { id: 'feedback-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { id: 'feedback-form', class: 'feedback', novalidate: true },
    h('fieldset', {},
      h('legend', {}, `Do you agree that ${nameOf(topic, verdict.winner)} is the better pick?`),
      ['agree', 'disagree'].map((stance) => h('label', { class: 'inline' },
        h('input', { type: 'radio', name: 'stance', value: stance, required: true, checked: stance === 'disagree' }), ` I ${stance}`))),
    h('label', { for: 'preferred' }, 'The option I prefer'),
    h('select', { id: 'preferred', name: 'preferredOption', required: true },
      topic.options.map((o) => h('option', { value: o.key, selected: o.key !== verdict.winner && topic.options.length === 2 }, o.name))),
    h('label', { for: 'comment' }, 'Why? (optional, shown publicly)'),
    h('textarea', { id: 'comment', name: 'comment', rows: '3', maxlength: '2000' }),
    h('label', { for: 'email' }, 'E-mail for a reply (optional, never shown)'),
    h('input', { id: 'email', name: 'email', type: 'email', autocomplete: 'email', maxlength: '254' }),
    h('div', { class: 'honeypot', 'aria-hidden': 'true' },
      h('label', { for: 'website' }, 'Leave this empty'),
      h('input', { id: 'website', name: 'website', type: 'text', tabindex: '-1', autocomplete: 'off' })),
    h('button', { type: 'submit', id: 'feedback-submit' }, 'Send my vote'),
    status);

  // One key per distinct vote: sending the same vote again (after a 503, say) repeats it harmlessly.
  let pending = { body: null, key: null };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const feedback = Object.fromEntries([...data.entries()].filter(([, v]) => v !== ''));
    const body = JSON.stringify(feedback);
    if (pending.body !== body) pending = { body, key: crypto.randomUUID() };
    const button = form.querySelector('button');
    button.disabled = true;
    status.className = 'notice';
    status.textContent = 'Sending…';
    try {
      await api.sendFeedback(topic.slug, feedback, pending.key);
      pending = { body: null, key: null };
      status.className = 'notice success';
      status.textContent = `Thank you: your vote for ${nameOf(topic, feedback.preferredOption)} is counted. The verdict updates within seconds.`;
    } catch (error) {
      status.className = 'notice error';
      const fields = (error.problem.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
      const wait = error.status === 429 || error.status === 503 ? ' Your vote was not confirmed; please send it again in a moment.' : '';
      status.textContent = `${error.message}${fields ? ` (${fields})` : ''}${wait}`;
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'disagree', 'aria-labelledby': 'disagree-title' },
    h('h2', { id: 'disagree-title' }, 'Disagree with our pick?'), form);
}

export async function showComparison(slug) {
  const topic = await api.topic(slug);
  const [verdict, summary, relatedTopics] = await Promise.all([
    api.verdict(slug).catch(() => (topic.verdict ? { ...topic.verdict, stale: true } : null)),
    api.summary(slug).catch(() => ({ total: 0 })),
    api.related(slug).catch(() => []),
  ]);
  document.title = `${topic.title} — nicepick`;
  const winner = verdict?.winner || topic.editorialPick?.option;
  const effective = verdict || { winner, probability: 0, stale: true };
  show(
    h('header', { class: 'comparison-head' },
      h('h1', { id: 'title' }, topic.title),
      h('span', { class: 'category' }, topic.category.replace(/-/g, ' ')),
      h('p', { class: 'lead' }, topic.intro)),
    h('div', { class: 'options' }, topic.options.map((o) => optionColumn(topic, o, winner))),
    verdictSection(topic, effective),
    splitSection(topic, summary),
    verdict ? howSection(topic, verdict) : null,
    feedbackForm(topic, effective),
    (relatedTopics.items || relatedTopics).length ? h('section', { class: 'related-topics' },
      h('h2', {}, 'Related comparisons'),
      h('ul', {}, (relatedTopics.items || relatedTopics).map((t) => h('li', {}, h('a', { href: `/compare/${t.slug}` }, t.title))))) : null,
  );
}
