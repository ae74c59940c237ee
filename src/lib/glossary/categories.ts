/** The four topic clusters of the glossary: slug (URL), name and introduction. */

export interface Category {
  /** URL segment under /glossar/kategorie/. */
  slug: string;
  /** Name shown to readers. */
  name: string;
  /** One or two sentences that introduce the category page. */
  intro: string;
}

export const CATEGORIES = [
  {
    slug: 'profitabilitaet',
    name: 'Profitabilität & Kennzahlen',
    intro:
      'Was ein Kunde wirklich einbringt, wenn Rabatte, Retouren und Servicekosten mitzählen: Deckungsbeitrag, Kundenwert, Kündigungsrate und die Kennzahlen, mit denen sich Zusatzverkäufe bewerten lassen.',
  },
  {
    slug: 'kundenbeziehung',
    name: 'Kundenbeziehung',
    intro:
      'Vertrauen, Gegenseitigkeit und Bindung: warum Kunden bleiben, weiterempfehlen und für weitere Angebote offen sind – und woran man das misst.',
  },
  {
    slug: 'pipeline',
    name: 'Pipeline & Qualifizierung',
    intro:
      'Vom ersten Kontakt bis zur Prognose: wie Leads entstehen, wie man sie qualifiziert und wie eine Pipeline zu einem belastbaren Forecast wird.',
  },
  {
    slug: 'gespraech',
    name: 'Verkaufsgespräch',
    intro:
      'Bedarf erfragen, Nutzen belegen, Einwände ernst nehmen, fair verhandeln und abschließen: die Werkzeuge für das Gespräch mit dem Kunden.',
  },
] as const satisfies readonly Category[];

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];

/** The category with this slug; throws for an unknown slug (the schema prevents those). */
export function categoryBySlug(slug: string): Category {
  const found = CATEGORIES.find((c) => c.slug === slug);
  if (!found) throw new Error(`Unbekannte Kategorie „${slug}“.`);
  return found;
}
