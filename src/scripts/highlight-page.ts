/** Marks the words a reader searched for in the page's main text (after following a search result). */
import { matchRanges, searchWords } from '../lib/search/highlight';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SVG']);

export function highlightPage(query: string): void {
  const words = searchWords(query);
  const root = document.querySelector<HTMLElement>('[data-pagefind-body]');
  if (!root || words.length === 0) return;

  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('mark, script, style, svg, [data-pagefind-ignore]') || SKIP.has(node.parentElement?.tagName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);

  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, words);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      first ??= mark;
      at = end;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
