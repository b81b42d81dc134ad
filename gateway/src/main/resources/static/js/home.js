import * as api from './api.js';
import { h, show } from './dom.js';

const CATEGORY_LABEL = (category) => category.replace(/-/g, ' ');

function filterLink(params, name, value, label) {
  const next = new URLSearchParams(params);
  const active = params.get(name) === value;
  if (active) next.delete(name); else next.set(name, value);
  next.delete('page');
  return h('a', { href: `/?${next}`, class: active ? 'chip active' : 'chip', 'aria-pressed': String(active) }, label);
}

function pickOf(topic) {
  if (!topic.verdict) return null;
  const option = topic.options.find((o) => o.key === topic.verdict.winner);
  return option ? option.name : topic.verdict.winner;
}

export async function showHome(params) {
  const query = Object.fromEntries(['q', 'category', 'tag', 'page'].filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
  const [page, all] = await Promise.all([api.topics({ ...query, size: 50 }), api.topics({ size: 100 })]);
  const categories = [...new Set(all.items.map((t) => t.category))].sort();
  const tags = [...new Set(all.items.flatMap((t) => t.tags))].sort();
  document.title = 'nicepick — opinionated technology comparisons';

  const heading = query.q ? `Comparisons matching “${query.q}”` : 'Comparisons';
  show(
    h('section', { class: 'intro' },
      h('h1', {}, heading),
      h('p', {}, 'Each comparison has our pick, and readers who disagree can move it.')),
    h('nav', { class: 'filters', 'aria-label': 'Filter comparisons' },
      h('h2', { class: 'visually-hidden' }, 'Categories'),
      h('div', { class: 'chips', id: 'categories' }, categories.map((c) => filterLink(params, 'category', c, CATEGORY_LABEL(c)))),
      h('h2', { class: 'visually-hidden' }, 'Tags'),
      h('div', { class: 'chips tags', id: 'tags' }, tags.map((t) => filterLink(params, 'tag', t, `#${t}`)))),
    page.items.length === 0
      ? h('p', { class: 'notice', id: 'no-results' }, 'No comparison matches. Try another word or clear the filters.')
      : h('ul', { class: 'topics', id: 'topic-list' }, page.items.map((topic) => h('li', { class: 'topic-card' },
        h('a', { href: `/compare/${topic.slug}`, class: 'topic-link' }, topic.title),
        h('span', { class: 'category' }, CATEGORY_LABEL(topic.category)),
        pickOf(topic) ? h('span', { class: 'pick' }, 'Nice Pick: ', h('strong', {}, pickOf(topic))) : h('span', { class: 'pick' }, 'Verdict pending')))),
  );
}
