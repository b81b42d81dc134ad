// Calls the API through the gateway; every failure becomes an Error carrying the problem document.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function call(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, ...options });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return { body, headers: response.headers, status: response.status };
}

export const topics = (query) => call(`/api/topics?${new URLSearchParams(query)}`).then((r) => r.body);
export const topic = (slug) => call(`/api/topics/${encodeURIComponent(slug)}`).then((r) => r.body);
export const related = (slug) => call(`/api/topics/${encodeURIComponent(slug)}/related`).then((r) => r.body);
export const verdict = (slug) => call(`/api/verdicts/${encodeURIComponent(slug)}`)
  .then((r) => ({ ...r.body, stale: r.body.stale || r.headers.get('X-Verdict-Stale') === 'true' }));
export const summary = (slug) => call(`/api/topics/${encodeURIComponent(slug)}/feedback/summary`).then((r) => r.body);

// A vote counts only for a reader the gateway can recognise again: its signed cookie, made once per browser.
const becomeReader = () => call('/api/readers', { method: 'POST' });

// The same idempotencyKey on a repeat of the same vote makes the repeat harmless.
export const sendFeedback = async (slug, feedback, idempotencyKey) => {
  await becomeReader();
  const r = await call(`/api/topics/${encodeURIComponent(slug)}/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(feedback),
  });
  return r.body;
};
