/**
 * The headline result of a calculator in a bar that sticks to the bottom of the screen while the
 * reader is in the inputs (CSS: position sticky at the end of .calc-inputs; hidden where the results
 * stand beside the inputs). Tapping it jumps to the full result. Screen readers hear the headline once
 * the reader pauses, not on every keystroke.
 */
import { Component } from 'preact';

interface Props {
  /** Id of the element with the full result. */
  target: string;
  /** The headline in words, e.g. "Ein Cross-Buyer bringt +135,73 € Deckungsbeitrag im Jahr." */
  text: string;
  /** Colour of the bar's edge: gain, loss or neither. */
  tone: 'plus' | 'minus' | 'neutral';
}

/** How long the reader must pause before the new result is announced. */
const ANNOUNCE_AFTER_MS = 1200;

export class ResultBar extends Component<Props, { spoken?: string }> {
  timer?: ReturnType<typeof setTimeout>;

  override componentDidUpdate(previous: Props) {
    if (previous.text === this.props.text) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ spoken: this.props.text }), ANNOUNCE_AFTER_MS);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  override render({ target, text, tone }: Props, { spoken = '' }: { spoken?: string }) {
    return (
      <>
        <a class={`result-bar verdict-${tone}`} href={`#${target}`}>
          <span>{text}</span>
          <span class="result-bar-go">Zum Ergebnis</span>
        </a>
        <p class="visually-hidden" role="status">
          {spoken}
        </p>
      </>
    );
  }
}
