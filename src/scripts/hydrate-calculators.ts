/**
 * Hydrates the calculators that the server rendered into [data-calculator] elements. Our own few
 * lines instead of Astro's island runtime: the calculator pages would otherwise spend about 2.7 kB
 * gzip of their 15 kB script budget on a loader that supports every framework and directive.
 * data-props holds the component's props as JSON (the German field texts travel in the HTML);
 * data-when="visible" waits until the calculator scrolls into view.
 */
import type { Mount } from '../islands/calc/mount';

// Preact loads with the first calculator, not with the page.
const components: Record<string, () => Promise<{ mount: Mount }>> = {
  'cross-selling': () => import('../islands/CrossSellingCalculator'),
  portfolio: () => import('../islands/PortfolioCalculator'),
};

function start(el: HTMLElement): void {
  void components[el.dataset.calculator!]?.().then((m) => m.mount(el, JSON.parse(el.dataset.props ?? '{}')));
}

for (const el of document.querySelectorAll<HTMLElement>('[data-calculator]')) {
  if (el.dataset.when !== 'visible' || !('IntersectionObserver' in window)) {
    start(el);
    continue;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      start(el);
    }
  }, { rootMargin: '200px' });
  observer.observe(el);
}
