import { Component, type ErrorInfo, type ReactNode } from "react";

interface PaneBoundaryProps {
  /** What the pane is, in words: "The article", "The timeline". */
  readonly name: string;
  /**
   * What the pane shows (the dataset, the link): when it changes, the pane tries again by itself,
   * since a crash caused by data goes with that data.
   */
  readonly resetKey?: unknown;
  /** For the whole page: no "rest of Sourceline" to point to, so this way out instead. */
  readonly wayOut?: ReactNode;
  readonly children: ReactNode;
}

interface PaneBoundaryState {
  readonly error?: Error;
  readonly resetKey?: unknown;
}

/**
 * Keeps a crash inside one pane: that pane says what broke and offers to try again, and the rest
 * of the page keeps working. (Error boundaries must be classes.)
 */
export class PaneBoundary extends Component<PaneBoundaryProps, PaneBoundaryState> {
  state: PaneBoundaryState = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<PaneBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: PaneBoundaryProps,
    state: PaneBoundaryState,
  ): Partial<PaneBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { error: undefined, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} failed:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    const { name, wayOut, children } = this.props;
    if (!error) return children;
    return (
      <section className="pane-error" role="alert" aria-label={`${name} failed`}>
        <h2>{name} could not be shown</h2>
        <p>
          {error.message || "Something went wrong."}
          {wayOut ? null : " The rest of Sourceline still works."}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => this.setState({ error: undefined })}
        >
          Try again
        </button>
        {wayOut}
      </section>
    );
  }
}
