/**
 * The cross-selling calculator as embedded in an entry. Its German texts (fields, customer types,
 * break-even sentences, the next step) come with this script instead of as props: as props they would stand in the
 * HTML of the entry, which has to stay within 16 kB with the calculator and its charts. On its own
 * page the calculator gets them as props (that page's script budget), see docs/rechner.md.
 */
import { BREAK_EVEN_SENTENCES, CROSS_SELLING_FIELDS, CUSTOMER_TYPES } from '../lib/calc/cross-selling-copy';
import { RESULT_CTA } from '../lib/cta';
import { CrossSellingCalculator } from './CrossSellingCalculator';

/** In an entry only the next step for a loss: the entry ends with the brand's call to action. */
const NEXT = { loss: RESULT_CTA.loss };

export function CrossSellingEntry() {
  return <CrossSellingCalculator mode="entry" fields={CROSS_SELLING_FIELDS} types={[...CUSTOMER_TYPES]} sentences={BREAK_EVEN_SENTENCES} next={NEXT} />;
}
