/**
 * The customer-list check's settings as input fields: cost per support contact and per return
 * shipment (the cross-selling calculator's fields and defaults, CALCULATOR.md) and the margin for
 * customers the file gives none for.
 */
import type { FieldSpec } from '../calc/fields';
import { CROSS_SELLING_FIELDS } from '../calc/cross-selling-copy';
import { DEFAULT_SETTINGS } from './model';

const GROUP = 'Annahmen';

const field = (name: 'kk' | 'kr'): FieldSpec => ({ ...CROSS_SELLING_FIELDS.find((f) => f.name === name)!, group: GROUP, advanced: true });

export const CUSTOMER_LIST_FIELDS: FieldSpec[] = [
  field('kk'),
  field('kr'),
  {
    name: 'm', label: 'Marge, wo die Datei keine nennt', short: 'Marge', unit: 'percent', default: DEFAULT_SETTINGS.m, min: -100, max: 100,
    group: GROUP, advanced: true,
    help: 'Rohertragsmarge für Kunden, für die die Datei weder Rohertrag noch Marge angibt.',
  },
];
