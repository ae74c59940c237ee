/** The content collections: one `glossary` entry per MDX file, validated by our schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossaryEntrySchema } from './lib/glossary/schema';

const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/glossary' }),
  schema: glossaryEntrySchema,
});

export const collections = { glossary };
