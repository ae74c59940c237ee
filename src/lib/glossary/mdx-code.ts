/**
 * Code in an entry's MDX source: the link graph and the editorial checks read the raw source and
 * skip what stands in code. Imported by modules the scripts load directly, so it imports nothing.
 */

const FENCE = /^\s*(```|~~~)/;

/** Inline code spans (`…`) within one line. */
export const INLINE_CODE = /`[^`\n]*`/g;

/** The source line by line, with fenced code blocks and their fences blanked, so line numbers stay valid. */
export function blankFencedCode(source: string): string[] {
  let inFence = false;
  return source.split('\n').map((line) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return '';
    }
    return inFence ? '' : line;
  });
}
