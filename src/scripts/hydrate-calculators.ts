/**
 * Hydrates the calculators that the server rendered into [data-calculator] elements. Our own few
 * lines instead of Astro's island runtime: the calculator pages would otherwise spend about 2.7 kB
 * gzip of their 15 kB script budget on a loader that supports every framework and directive.
 * data-props-src names the JSON file with the component's props, the same the server rendered with
 * (src/data/calculators.ts); data-when="visible" waits until the calculator scrolls into view.
 */
import type { Mount } from '../islands/calc/mount';

// Preact loads with the first calculator, not with the page.
const components: Record<string, () => Promise<{ mount: Mount }>> = {
  'cross-selling': () => import('../islands/CrossSellingCalculator'),
  portfolio: () => import('../islands/PortfolioCalculator'),
  'customer-value': () => import('../islands/CustomerValueCalculator'),
  contribution: () => import('../islands/ContributionCalculator'),
  qualification: () => import('../islands/QualificationScorecard'),
};

function start(el: HTMLElement): void {
  const load = components[el.dataset.calculator!];
  if (!load) return;
  void Promise.all([load(), fetch(el.dataset.propsSrc!).then((r) => r.json())]).then(([m, props]) => m.mount(el, props));
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
