/** The customer-list check's sample file: made-up customers as a German CRM export, UTF-8 with BOM (src/lib/customers/sample.ts). */
import type { APIRoute } from 'astro';
import { SAMPLE_SIZE, sampleCustomerList } from '../../../lib/customers/sample';

export const GET: APIRoute = () =>
  new Response(`\ufeff${sampleCustomerList(SAMPLE_SIZE)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
