// The one script every page loads: it enhances what the server rendered, by what the page holds. Each page reads
// the same without it.
if (document.getElementById('page-data')) import('./compare.js');
if (document.getElementById('topic-list') || document.getElementById('suggest-form')) import('./home.js');
if (document.getElementById('editor-form')) import('./editor.js');
