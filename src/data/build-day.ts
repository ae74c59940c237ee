/**
 * The day of this build in Germany (YYYY-MM-DD): "today" for the „Neu“/„Aktualisiert“ marks.
 * Evaluated once per build, so every page of a build agrees on it.
 */
import { berlinToday } from '../lib/glossary/editorial';

export const BUILD_DAY = berlinToday();
