/** The card the social-card tests draw, and the site's card colours (from src/styles/global.css). */
import { join } from 'node:path';
import { cardColors } from '../../../src/lib/seo/cards';
import type { SocialCardInput } from '../../../src/lib/seo/social-card';

export const colors = cardColors(join(import.meta.dirname, '../../..'));

export const input: SocialCardInput = {
  brand: 'Fioro',
  product: 'Glossar',
  eyebrow: 'Profitabilität & Kennzahlen',
  title: 'Cross-Selling',
  summary: 'Verkauf ergänzender oder verwandter Produkte an bestehende Kunden.',
  address: 'glossar.fioro.de/glossar/cross-selling/',
  tagline: 'Definition · Beispiele · Quellen',
};
