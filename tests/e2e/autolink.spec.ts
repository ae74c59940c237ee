import { test, expect, builtHtml, entryPages } from './fixtures';

// Mentions the build links by itself (see the build report): none of them is a link in the MDX source.
const AUTO_LINKS = [
  { entry: 'kundenbindung', text: 'Deckungsbeitrag', target: 'deckungsbeitrag', heading: 'Deckungsbeitrag' },
  { entry: 'meddic', text: 'Leads', target: 'lead', heading: 'Lead' },
];

test.describe('automatic first-mention links', () => {
  for (const { entry, text, target, heading } of AUTO_LINKS) {
    test(`on /glossar/${entry}/ the first mention „${text}“ is the one link to /glossar/${target}/ and leads there`, async ({ page }) => {
      await page.goto(`/glossar/${entry}/`);
      const links = page.locator(`.prose a[href="/glossar/${target}/"]`);
      await expect(links).toHaveCount(1);
      // The link's name is its text; the preview card inside it is aria-hidden.
      await expect(links).toHaveAccessibleName(text);
      await links.click();
      await expect(page).toHaveURL(new RegExp(`/glossar/${target}/$`));
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    });
  }

  test('no entry page links to itself in its text', () => {
    const selfLinks = entryPages().flatMap((path) => {
      const html = builtHtml(path);
      const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      return article.includes(`href="${path}`) ? [path] : [];
    });
    expect(selfLinks).toEqual([]);
  });
});
