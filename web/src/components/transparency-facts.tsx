// One kind of decision in the transparency report (transparency-report-view.tsx):
// its heading, then each fact as a term and its value, the value already in
// words ("3", "2 h 5 min"), and a sentence under them when one is owed.

interface FactsProps {
  id: string;
  title: string;
  /** Each a label and its value, in words. */
  facts: [string, string][];
  /** A sentence under the list; null for none. */
  after?: string | null;
}

export function TransparencyFacts({ id, title, facts, after = null }: FactsProps) {
  return (
    <section aria-labelledby={`transparency-${id}`} data-testid={`transparency-${id}`}>
      <h4 id={`transparency-${id}`}>{title}</h4>
      <dl className="transparency__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {after ? <p className="note">{after}</p> : null}
    </section>
  );
}
