/**
 * The cross-selling calculator as embedded in an entry. Its German texts (fields, customer types,
 * break-even sentences) come with this script instead of as props: as props they would stand in the
 * HTML of the entry, which has to stay within 16 kB with the calculator and its charts. On its own
 * page the calculator gets them as props (that page's script budget), see docs/rechner.md.
 */
import { BREAK_EVEN_SENTENCES, CROSS_SELLING_FIELDS, CUSTOMER_TYPES } from '../lib/calc/cross-selling-copy';
import type { NextSteps } from './calc/NextStep';
import { CrossSellingCalculator } from './CrossSellingCalculator';

export function CrossSellingEntry({ next }: { next: NextSteps }) {
  return <CrossSellingCalculator mode="entry" fields={CROSS_SELLING_FIELDS} types={[...CUSTOMER_TYPES]} sentences={BREAK_EVEN_SENTENCES} next={next} />;
}
