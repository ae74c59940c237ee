/**
 * What every calculator island shares: a FormState that, on the calculator's own page, restores
 * the share link once mounted and keeps the URL up to date; in an entry it leaves the URL alone.
 * A class, not a hook, so the calculator pages need no preact/hooks (script budget).
 */
import { Component } from 'preact';
import type { ChoiceSpec, FieldSpec, ParamSpec } from '../../lib/calc/fields';
import { FormState } from './form-state';
import type { NextSteps } from './NextStep';

export interface CalculatorProps {
  /** 'page': the calculator is the page (state in the URL); 'entry': embedded in a glossary entry. */
  mode: 'page' | 'entry';
  fields: readonly FieldSpec[];
  /** The calls to action under the result (site.resultCta). */
  next: NextSteps;
}

export abstract class CalculatorIsland<K extends string, P extends CalculatorProps> extends Component<P> {
  form = new FormState<K>(this.props.fields, () => this.forceUpdate(), this.props.mode === 'page' ? this.urlSpecs() : undefined, this.choiceSpecs());

  /**
   * Everything the page's URL may carry, so unknown parameters are reported; called while the form
   * is built, so an override may use only this.props.
   */
  protected urlSpecs(): readonly ParamSpec[] {
    return this.props.fields;
  }

  /** The form's radio-button parameters, if any (see urlSpecs for when this is called). */
  protected choiceSpecs(): readonly ChoiceSpec[] {
    return [];
  }

  override componentDidMount() {
    this.form.readUrl();
  }

  /** Heading levels of the calculator's sections: under the page's h1, or under the embed's h2 in an entry. */
  protected get headings(): readonly ['h2', 'h3'] | readonly ['h3', 'h4'] {
    return this.props.mode === 'page' ? ['h2', 'h3'] : ['h3', 'h4'];
  }
}
