/**
 * Validates every built page (dist/**\/*.html) with html-validate and the repository's
 * .htmlvalidate.json; prints the figure and all problems, exits 1 on any error.
 * Usage: node scripts/validate-html.mjs [distDir]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, Reporter, formatterFactory } from 'html-validate';
import { htmlFiles } from './check-links.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`validate-html: ${dist} does not exist; run npm run build first.`);
  process.exit(1);
}
const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = htmlFiles(dist);
const reports = [];
for (const file of files) reports.push(await validator.validateFile(join(dist, file)));
const report = Reporter.merge(reports);
console.log(`html-validate: ${files.length} HTML files, ${report.errorCount} errors, ${report.warningCount} warnings (html-validate:recommended, see .htmlvalidate.json)`);
if (!report.valid || report.warningCount > 0) {
  console.error(formatterFactory('stylish')(report.results));
  process.exit(1);
}
