import { showHome } from './home.js';
import { showComparison } from './compare.js';
import { h, show } from './dom.js';

// One document, two views: the list at "/" and a comparison at "/compare/<slug>".
async function route() {
  const compare = location.pathname.match(/^\/compare\/([a-z0-9-]+)$/);
  const params = new URLSearchParams(location.search);
  document.getElementById('q').value = params.get('q') || '';
  try {
    if (compare) await showComparison(compare[1]);
    else await showHome(params);
  } catch (error) {
    show(h('section', { class: 'notice error', role: 'alert' },
      h('h1', {}, error.status === 404 ? 'Not found' : 'Something went wrong'),
      h('p', {}, error.message),
      h('p', {}, h('a', { href: '/' }, 'Back to all comparisons'))));
  }
}

route();
