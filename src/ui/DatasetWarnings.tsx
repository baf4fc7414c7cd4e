/** What loading the dataset had to mend or flag, folded away but never hidden. */
export function DatasetWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="notices dataset-warnings">
      <summary>
        {warnings.length === 1
          ? "1 quotation needed attention while loading"
          : `${warnings.length} quotations needed attention while loading`}
      </summary>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
