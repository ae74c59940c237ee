/** The four topic clusters of the glossary: slug (URL), name and introduction. */

export interface Category {
  /** URL segment under /glossar/kategorie/. */
  slug: string;
  /** Name shown to readers. */
  name: string;
  /** One or two sentences that introduce the category page. */
  intro: string;
  /** Meta description, when the intro is longer than a search result shows (160 characters). */
  description?: string;
}

export const CATEGORIES = [
  {
    slug: 'profitabilitaet',
    name: 'Profitabilität & Kennzahlen',
    intro:
      'Was ein Kunde wirklich einbringt, wenn Rabatte, Retouren und Servicekosten mitzählen: Deckungsbeitrag, Kundenwert, Kündigungsrate und die Kennzahlen, mit denen sich Zusatzverkäufe bewerten lassen.',
    description:
      'Deckungsbeitrag, Kundenwert, Kündigungsrate: was ein Kunde wirklich einbringt, wenn Rabatte, Retouren und Servicekosten mitzählen.',
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

/** The category page's meta description: its own, or the intro when that is short enough. */
export function categoryDescription(category: Category): string {
  return category.description ?? category.intro;
}

/** The category with this slug; throws for an unknown slug (the schema prevents those). */
export function categoryBySlug(slug: string): Category {
  const found = CATEGORIES.find((c) => c.slug === slug);
  if (!found) throw new Error(`Unbekannte Kategorie „${slug}“.`);
  return found;
}
