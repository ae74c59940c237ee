/** The next step under a calculator's result, chosen by the answer (site.resultCta in src/site.ts). */

export interface CallToAction {
  title: string;
  text: string;
  label: string;
  url: string;
}

/** site.resultCta: `loss` where the result says money is lost, else `gain`. */
export interface NextSteps {
  loss: CallToAction;
  gain: CallToAction;
}

/**
 * In an entry only the loss step shows: the entry itself ends with the brand's call to action, and
 * the same button twice on one page would be noise.
 */
export function NextStep({ steps, loss, mode }: { steps: NextSteps; loss: boolean; mode: 'page' | 'entry' }) {
  if (!loss && mode === 'entry') return null;
  const cta = loss ? steps.loss : steps.gain;
  return (
    <div class={`calc-next calc-next-${loss ? 'loss' : 'gain'}`}>
      <p>
        <strong>{cta.title}</strong> {cta.text}
      </p>
      <a class="button button-primary" href={cta.url}>
        {cta.label}
      </a>
    </div>
  );
}
