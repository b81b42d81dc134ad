// What the checks read of a Grafana dashboard (JSON model, schemaVersion 39: Grafana 10.4 and 11).
/** Every panel, those nested in collapsed rows included. */
export function panelsOf(dashboard) {
  return (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
}

/**
 * Every PromQL expression of a dashboard as [label, expr] pairs: each panel target's expr, and each query variable's
 * metric (label_values(<selector>, <label>) reads the selector).
 */
export function expressionsOf(dashboard, file) {
  const targets = panelsOf(dashboard).flatMap((panel) => (panel.targets ?? [])
    .map((target) => [`${file} panel ${panel.id} "${panel.title}" ${target.refId}`, target.expr]));
  const variables = (dashboard.templating?.list ?? []).filter((v) => v.type === "query").map((v) => {
    const query = typeof v.query === "string" ? v.query : v.query?.query;
    const selector = /^label_values\((.*),\s*\w+\)$/.exec(query ?? "")?.[1] ?? query;
    return [`${file} variable ${v.name}`, selector];
  });
  return [...targets, ...variables];
}

/** Problems with the dashboard's structure: duplicate panel ids, panels not reading the datasource variable. */
export function structureProblems(dashboard, file) {
  const problems = [];
  const seen = new Map();
  for (const panel of panelsOf(dashboard)) {
    if (seen.has(panel.id)) problems.push(`${file}: panel id ${panel.id} is used by "${seen.get(panel.id)}" and "${panel.title}"`);
    seen.set(panel.id, panel.title);
    if (panel.type !== "row" && panel.datasource?.uid !== "${datasource}") {
      problems.push(`${file}: panel ${panel.id} "${panel.title}" does not read the datasource variable`);
    }
    for (const target of panel.targets ?? []) {
      if (typeof target.expr !== "string" || target.expr.trim() === "") problems.push(`${file}: panel ${panel.id} ${target.refId} has no expression`);
    }
  }
  if (!(dashboard.templating?.list ?? []).some((v) => v.type === "datasource" && v.name === "datasource" && v.query === "prometheus")) {
    problems.push(`${file}: no Prometheus "datasource" template variable`);
  }
  if (typeof dashboard.uid !== "string" || !dashboard.uid) problems.push(`${file}: no uid`);
  return problems;
}
