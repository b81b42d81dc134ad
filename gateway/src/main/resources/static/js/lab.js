// The trade-off lab (/lab): the administrators' controls (start and stop a fault drill, run a recompute experiment,
// with a bearer token sent only to the API) and the panels' refresh: every 2 seconds while the page is visible, the
// server renders the page again and its three panels are swapped in, charts included. A refresh that fails keeps
// what the page shows.
import * as api from './api.js';
import { say, sentence } from './dom.js';

const REFRESH_MS = 2000;
const PANELS = ['availability', 'consistency', 'scaling'];
const form = document.getElementById('lab-admin');
const status = document.getElementById('lab-status');
const value = (id) => document.getElementById(id).value.trim();
// The server renders the form hidden: it sends the token only through this script, never in a URL.
form.hidden = false;

let refreshing = false;
async function refresh() {
  if (refreshing || document.visibilityState !== 'visible') return;
  refreshing = true;
  try {
    const response = await fetch('/lab', { cache: 'no-store', headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const id of PANELS) {
      const next = fresh.getElementById(id);
      if (next) document.getElementById(id).replaceWith(document.adoptNode(next));
    }
    document.documentElement.dataset.refreshed = String(Date.now());
  } catch {
    // the network or the gateway is away: the panels keep their last figures
  } finally {
    refreshing = false;
  }
}

async function act(working, action, done) {
  say(status, working);
  try {
    say(status, done(await action()), 'success');
  } catch (error) {
    say(status, error.status === 401 || error.status === 403 ? `Refused: ${sentence(error.message)}` : sentence(error.message), 'error');
  }
  refresh();
}

document.getElementById('drill-start').addEventListener('click', () => act('Starting the drill…',
  () => api.startDrill(value('drill-service'), { fault: value('drill-fault'), seconds: Number(value('drill-seconds')) }, value('lab-token')),
  (drill) => `The ${drill.fault} drill on ${drill.service} runs until ${drill.endsAt}.`));

document.getElementById('drill-stop').addEventListener('click', () => act('Stopping the drill…',
  () => api.stopDrill(value('drill-service'), value('lab-token')), () => `The drill on ${value('drill-service')} is stopped.`));

document.getElementById('experiment-start').addEventListener('click', () => {
  const mode = value('experiment-mode');
  const experiment = { mode, passes: Number(value('experiment-passes')), ...(mode === 'local' ? { threads: Number(value('experiment-threads')) } : {}) };
  act('Running the experiment (this takes a while)…', () => api.runExperiment(experiment, value('lab-token')),
    (run) => `Done: ${run.units} verdicts in ${run.durationMs} ms, ${Number(run.unitsPerSecond).toFixed(1)} per second.`);
});

form.addEventListener('submit', (event) => event.preventDefault());
setInterval(refresh, REFRESH_MS);
document.addEventListener('visibilitychange', refresh);
