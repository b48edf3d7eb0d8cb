// The answer to a form's action, announced to screen readers as it appears:
// a success or an error sentence, or nothing yet.
export type Outcome = { ok: boolean; text: string } | null;

export function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  return (
    <div role="status" data-testid={testId}>
      {outcome ? (
        <p className={`feedback feedback--${outcome.ok ? 'success' : 'error'}`}>{outcome.text}</p>
      ) : null}
    </div>
  );
}
