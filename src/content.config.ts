/** The content collections: one `glossary` entry per MDX file, validated by our schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/glossary/entry-files';
import { glossaryEntrySchema } from './lib/glossary/schema';

const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}` }),
  schema: glossaryEntrySchema,
});

export const collections = { glossary };
