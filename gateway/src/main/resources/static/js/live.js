// One rendering path: the server renders every section; after a change the script fetches the same page again
// and swaps the sections that change, instead of rebuilding them from JSON.

/** Parses the page at {@code url} (default: this page) as the server renders it now. */
export async function fetchPage(url = location.pathname + location.search) {
  const response = await fetch(url, { headers: { Accept: 'text/html' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** Replaces each element with one of {@code ids} by its fresh copy from {@code fresh} (removes it when gone). */
export function swapSections(fresh, ids) {
  for (const id of ids) {
    const live = document.getElementById(id);
    const next = fresh.getElementById(id);
    if (live && next) live.replaceWith(document.importNode(next, true));
    else if (live) live.remove();
  }
}

// Where a badge sits: the nearest ancestor with an id, and the path of child positions from there to its parent.
function placeOf(element) {
  const path = [];
  let node = element.parentElement;
  while (node && !node.id) {
    path.unshift([...node.parentElement.children].indexOf(node));
    node = node.parentElement;
  }
  return { anchor: node?.id, path, index: [...element.parentElement.children].indexOf(element) };
}

/**
 * Moves the pick's badges ({@code #nice-pick}, {@code #outcome-badge}) and each option card's classes to where the
 * fresh page has them: the winner can change without the option cards (and the reader's marks on them) being redrawn.
 */
export function swapBadges(fresh, ids = ['nice-pick', 'outcome-badge']) {
  ids.forEach((id) => document.getElementById(id)?.remove());
  document.querySelectorAll('article.option[id]').forEach((card) => {
    const next = fresh.getElementById(card.id);
    if (next) card.className = next.className;
  });
  for (const id of ids) {
    const badge = fresh.getElementById(id);
    if (!badge) continue;
    const { anchor, path, index } = placeOf(badge);
    let parent = anchor && document.getElementById(anchor);
    for (const step of path) parent = parent?.children[step];
    parent?.insertBefore(document.importNode(badge, true), parent.children[index] || null);
  }
}
