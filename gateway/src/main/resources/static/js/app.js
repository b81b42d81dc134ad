// The one script every page loads: it enhances what the server rendered, by what the page holds. Each page reads
// the same without it.
const enhancements = [
  document.getElementById('page-data') && import('./compare.js'),
  (document.getElementById('topic-list') || document.getElementById('suggest-form')) && import('./home.js'),
  document.getElementById('editor-form') && import('./editor.js'),
  document.getElementById('lab-admin') && import('./lab.js'),
].filter(Boolean);

// Marks the page once its enhancements run, for style rules (and browser tests) that depend on them.
Promise.all(enhancements).then(() => { document.documentElement.dataset.enhanced = 'true'; });
