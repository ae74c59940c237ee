/**
 * The layout of a social image (1200×630) as an element tree for satori: brand, category,
 * title, summary and address, in the site's light colours. Pure: no fonts, no rendering.
 */
import { brandMarkSvg } from '../brand.ts';
import type { CardColors } from './theme.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** An element as satori takes it without JSX. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attr: string]: unknown };
}
export type CardChild = CardNode | string;

export interface SocialCardInput {
  /** Brand name, e.g. "Fioro". */
  brand: string;
  /** What the brand's site is, shown after it as in the header ("Glossar"). */
  product: string;
  /** Small capitals above the title, e.g. the category; none on the default card. */
  eyebrow?: string;
  title: string;
  summary: string;
  /** Address line at the bottom, e.g. "glossar.fioro.de/glossar/cross-selling/". */
  address: string;
  /** Words at the bottom right, e.g. "Definition · Beispiele · Quellen". */
  tagline: string;
}

/** Title size in px: long titles get smaller so that they fit two lines. */
export function titleSize(title: string): number {
  const n = [...title].length;
  if (n <= 14) return 92;
  if (n <= 22) return 80;
  if (n <= 32) return 66;
  return 56;
}

const el = (type: string, style: Record<string, string | number>, children?: CardChild | CardChild[], attrs: Record<string, unknown> = {}): CardNode => ({
  type,
  props: { ...attrs, style, ...(children === undefined ? {} : { children }) },
});

/** The element tree of one card. */
export function socialCardTree(input: SocialCardInput, colors: CardColors, fontFamily: string): CardNode {
  const mark = `data:image/svg+xml;base64,${Buffer.from(brandMarkSvg(colors, 64)).toString('base64')}`;

  const brandRow = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }, [
    el('div', { display: 'flex', alignItems: 'center' }, [
      el('img', { width: 64, height: 64 }, undefined, { src: mark, width: 64, height: 64 }),
      el('div', { display: 'flex', alignItems: 'baseline', marginLeft: 20 }, [
        el('span', { fontSize: 40, fontWeight: 700, color: colors.text, letterSpacing: '-0.01em' }, input.brand),
        el('span', { fontSize: 34, fontWeight: 400, color: colors.muted, marginLeft: 12 }, input.product),
      ]),
    ]),
    ...(input.eyebrow
      ? [
          el(
            'div',
            {
              display: 'flex',
              fontSize: 24,
              fontWeight: 700,
              letterSpacing: '0.06em',
              textTransform: 'uppercase',
              color: colors.accentStrong,
              background: colors.accentSoft,
              borderRadius: 999,
              padding: '10px 24px',
            },
            input.eyebrow,
          ),
        ]
      : []),
  ]);

  // The text block takes the space below the brand row and centres itself in it.
  const text = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingBottom: 24 }, [
    el(
      'div',
      {
        display: 'block',
        fontSize: titleSize(input.title),
        fontWeight: 700,
        lineHeight: 1.1,
        letterSpacing: '-0.02em',
        color: colors.text,
        lineClamp: 2,
      },
      input.title,
    ),
    el(
      'div',
      { display: 'block', marginTop: 28, fontSize: 32, lineHeight: 1.4, color: colors.muted, lineClamp: 3 },
      input.summary,
    ),
  ]);

  const footer = el(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'center',
      padding: '0 80px',
      height: 88,
      background: colors.surface,
      borderTop: `2px solid ${colors.border}`,
      fontSize: 26,
    },
    [
      el('span', { color: colors.muted, flexShrink: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }, input.address),
      el('span', { color: colors.accent, fontWeight: 700, flexShrink: 0, marginLeft: 32 }, input.tagline),
    ],
  );

  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: colors.bg,
      fontFamily,
    },
    [
      el('div', { display: 'flex', height: 14, width: '100%', background: colors.accent }),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 80px 0' }, [brandRow, text]),
      footer,
    ],
  );
}
