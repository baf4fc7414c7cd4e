import { Component, type ErrorInfo, type ReactNode } from "react";

interface PaneBoundaryProps {
  /** What the pane is, in words: "The article", "The timeline". */
  readonly name: string;
  readonly children: ReactNode;
}

interface PaneBoundaryState {
  readonly error?: Error;
}

/**
 * Keeps a crash inside one pane: that pane says what broke and offers to try again, and the rest
 * of the page keeps working. (Error boundaries must be classes.)
 */
export class PaneBoundary extends Component<PaneBoundaryProps, PaneBoundaryState> {
  state: PaneBoundaryState = {};

  static getDerivedStateFromError(error: unknown): PaneBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} failed:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="pane-error" role="alert" aria-label={`${this.props.name} failed`}>
        <h2>{this.props.name} could not be shown</h2>
        <p>{error.message || "Something went wrong."} The rest of Sourceline still works.</p>
        <button
          type="button"
          className="button"
          onClick={() => this.setState({ error: undefined })}
        >
          Try again
        </button>
      </section>
    );
  }
}
