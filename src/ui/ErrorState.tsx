import type { ReactNode } from "react";

interface ErrorStateProps {
  readonly title: string;
  readonly message: string;
  readonly problems?: readonly string[];
  readonly onRetry?: () => void;
  readonly children?: ReactNode;
}

/** A failure in words a person can act on, with every problem listed and a way to retry. */
export function ErrorState({ title, message, problems = [], onRetry, children }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
      {children}
    </div>
  );
}
