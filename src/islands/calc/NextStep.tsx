/** The next step under a calculator's result, chosen by the answer (site.resultCta in src/site.ts). */

export interface CallToAction {
  title: string;
  text: string;
  label: string;
  url: string;
}

/**
 * site.resultCta: `loss` where the result says money is lost, else `gain`. In an entry there is no
 * `gain`: the entry itself ends with the brand's call to action (src/components/Calculator.astro).
 */
export interface NextSteps {
  loss: CallToAction;
  gain?: CallToAction;
}

export function NextStep({ steps, loss }: { steps: NextSteps; loss: boolean }) {
  const cta = loss ? steps.loss : steps.gain;
  if (!cta) return null;
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
