// The file `npm run new` writes: complete frontmatter the schema accepts, with every
// field an author must fill marked TODO. The content check (tests/content) and the
// production build refuse entries that still contain TODO, so a forgotten scaffold
// is never published.
import { CATEGORY_SLUGS } from '../src/lib/glossary/categories.ts';

/**
 * The MDX source of a new entry, following docs/ENTRY-BRIEF.md.
 * @param {{ title: string, category: string, date: string }} options
 * @returns {string}
 */
export function entryTemplate({ title, category, date }) {
  const year = Number(date.slice(0, 4));
  // JSON strings are valid YAML double-quoted strings, so any title is quoted safely.
  return `---
title: ${JSON.stringify(title)}
synonyms: []  # TODO: mindestens eine andere Bezeichnung oder ein englischer Begriff, den Leser eintippen, z. B. ["Querverkauf", "Verbundverkauf"] oder ["CLV", "LTV"]
summary: "TODO: Definition in ein bis zwei Sätzen, höchstens 160 Zeichen."
category: ${category}  # TODO: prüfen; erlaubt: ${CATEGORY_SLUGS.join(' | ')}
keyPoints:
  - "TODO: erster Punkt für „Das Wichtigste in Kürze“"
  - "TODO: zweiter Punkt"
  - "TODO: dritter Punkt"
related: []  # TODO: 3 bis 8 Slugs verwandter Einträge, z. B. [cross-selling, qualifizierung]
sources:
  - title: "TODO: Titel der Quelle (wissenschaftliche und Primärquellen zuerst)"
    author: "TODO: Autorinnen und Autoren oder die herausgebende Organisation"
    year: ${year}
published: ${date}
updated: ${date}
---

TODO: Ein Absatz, der die Definition vertieft. Den Titel nicht als Überschrift wiederholen. Insgesamt 400 bis 1.200 Wörter; mindestens drei andere Einträge als Markdown-Link auf ihre Adresse verlinken, z. B. auf /glossar/qualifizierung/.

## Wie es funktioniert

TODO: Warum der Begriff wichtig ist und wie es funktioniert.

<Beispiel title="TODO: Rechenbeispiel in Euro">

TODO: Ein durchgerechnetes Beispiel aus dem deutschen Geschäftsalltag (1.234,56 €; 15 %), die Annahmen offen genannt.

</Beispiel>

## Abgrenzung

TODO: Begriffe, die Leser mit diesem verwechseln, und der Unterschied.

## Fallstricke

TODO: Typische Fehler und was Studien dazu zeigen – jede Zahl mit Quelle in „sources“.
`;
}
