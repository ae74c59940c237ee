/** The props of each calculator variant as JSON, fetched once by src/scripts/hydrate-calculators.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CALCULATOR_VARIANTS, type VariantName } from '../../../data/calculators';

export const getStaticPaths = (() =>
  Object.keys(CALCULATOR_VARIANTS).map((variant) => ({ params: { variant } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(CALCULATOR_VARIANTS[params.variant as VariantName].props), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
