/** The components MDX entries may use without importing them. */
import Tipp from './Tipp.astro';
import Beispiel from './Beispiel.astro';
import Fakt from './Fakt.astro';
import CrossSellingRechner from './CrossSellingRechner.astro';
import PortfolioRechner from './PortfolioRechner.astro';
import KundenwertRechner from './KundenwertRechner.astro';
import DeckungsbeitragRechner from './DeckungsbeitragRechner.astro';
import QualifizierungsScorecard from './QualifizierungsScorecard.astro';

export const mdxComponents = {
  Tipp,
  Beispiel,
  Fakt,
  CrossSellingRechner,
  PortfolioRechner,
  KundenwertRechner,
  DeckungsbeitragRechner,
  QualifizierungsScorecard,
};
