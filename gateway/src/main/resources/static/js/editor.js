// The editors' page (/editor): with an editor's bearer token and a comparison's slug, lists the warnings
// topics-service gives about its content and offers to publish it. Warnings never block publishing.
import * as api from './api.js';
import { h, say, sentence } from './dom.js';

const editorForm = document.getElementById('editor-form');
const warnings = document.getElementById('warnings');
const status = document.getElementById('editor-status');
const publishButton = document.getElementById('editor-publish');
// The server renders the form hidden: it sends the token only through this script, never in a URL.
editorForm.hidden = false;

const token = () => document.getElementById('editor-token').value.trim();
const slug = () => document.getElementById('editor-slug').value.trim();

function show(topic) {
  const list = topic.warnings || [];
  warnings.replaceChildren(...list.map((warning) => h('li', { 'data-code': warning.code, 'data-field': warning.field },
    h('strong', {}, `${warning.field || 'topic'}: `), sentence(warning.message))));
  say(status, `${topic.title} (${topic.status}): ${list.length === 0 ? 'no warnings.'
    : `${list.length} warning${list.length === 1 ? '' : 's'}. They do not block publishing.`}`, list.length ? '' : 'success');
  publishButton.hidden = false;
  publishButton.disabled = topic.status === 'published';
  publishButton.textContent = topic.status === 'published' ? 'Published' : 'Publish';
}

function fail(error) {
  warnings.replaceChildren();
  publishButton.hidden = true;
  say(status, error.status === 401 || error.status === 403
    ? 'This token is not an editor\u2019s: check it and try again.' : sentence(error.message), 'error');
}

editorForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  say(status, 'Loading…');
  try {
    show(await api.editorTopic(slug(), token()));
  } catch (error) {
    fail(error);
  }
});

publishButton.addEventListener('click', async () => {
  publishButton.disabled = true;
  try {
    show(await api.publish(slug(), token()));
    say(status, `Published: /compare/${slug()}`, 'success');
  } catch (error) {
    fail(error);
  }
});
