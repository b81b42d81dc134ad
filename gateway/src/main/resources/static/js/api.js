// Calls the API through the gateway; every failure becomes an Error carrying the problem document.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function call(path, { headers = {}, body, ...options } = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return { body: data, headers: response.headers, status: response.status };
}

const topicPath = (slug) => `/api/topics/${encodeURIComponent(slug)}`;
const bearer = (token) => ({ Authorization: `Bearer ${token}` });

// A vote counts only for a reader the gateway can recognise again: its signed cookie, made once per browser
// (a second call answers 200 with the same identity).
let reader;
const becomeReader = () => {
  reader ||= call('/api/readers', { method: 'POST' }).catch((error) => { reader = null; throw error; });
  return reader;
};

export const verdict = (slug) => call(`/api/verdicts/${encodeURIComponent(slug)}`).then((r) => r.body);

/** The reader's vote: 202 {id, withdrawToken} when counted, 200 {id, status: "unchanged"} when it is already their vote. */
export const sendFeedback = async (slug, feedback, idempotencyKey) => {
  await becomeReader();
  const r = await call(`${topicPath(slug)}/feedback`, { method: 'POST', headers: { 'Idempotency-Key': idempotencyKey }, body: feedback });
  return { ...r.body, unchanged: r.body?.status === 'unchanged' };
};

/**
 * The reader's current vote, or null when they have none (404) or no identity yet (a reader who never voted gets
 * no identity just for reading the page).
 */
export const myVote = (slug) => call(`${topicPath(slug)}/feedback/mine`).then((r) => r.body, (error) => {
  if (error.status >= 400 && error.status < 500) return null;
  throw error;
});

export const withdrawMyVote = (slug) => call(`${topicPath(slug)}/feedback/mine`, { method: 'DELETE' });

/** {items: [{option, list, index, count, mine}]}: readers' marks on pros and cons. */
export const itemVotes = (slug) => call(`${topicPath(slug)}/feedback/items`).then((r) => r.body.items || []);

/** Marks (or, with mark false, unmarks) one pro or con, named "{option}/{pros|cons}/{index}". */
export const markItem = async (slug, item, mark) => {
  await becomeReader();
  const path = item.split('/').map(encodeURIComponent).join('/');
  return call(`${topicPath(slug)}/feedback/items/${path}`, { method: mark ? 'PUT' : 'DELETE' });
};

/** 202 {id, status: "received"}, or 200 {status: "unchanged"} when this reader suggested the pair before. */
export const suggest = async (suggestion) => {
  await becomeReader();
  return call('/api/suggestions', { method: 'POST', body: suggestion }).then((r) => r.body);
};

/** A topic as its editor sees it (drafts too, with its {@code warnings[]}). */
export const editorTopic = (slug, token) => call(topicPath(slug), { headers: bearer(token), cache: 'no-store' }).then((r) => r.body);

export const publish = (slug, token) => call(`${topicPath(slug)}/publish`, { method: 'POST', headers: bearer(token) }).then((r) => r.body);

const drillsPath = (service) => `/api/lab/drills/${encodeURIComponent(service)}`;

/** Starts a fault drill on a service (role admin): 201 with the drill. */
export const startDrill = (service, drill, token) => call(drillsPath(service), { method: 'POST', headers: bearer(token), body: drill })
  .then((r) => r.body);

/** Stops the drill running on a service (role admin): 204, or 404 when none runs. */
export const stopDrill = (service, token) => call(`${drillsPath(service)}/current`, { method: 'DELETE', headers: bearer(token) });

/** Runs a recompute experiment on verdict-service (role admin); answers when the run is done, with its figures. */
export const runExperiment = (experiment, token) => call('/api/lab/experiments', { method: 'POST', headers: bearer(token), body: experiment })
  .then((r) => r.body);
