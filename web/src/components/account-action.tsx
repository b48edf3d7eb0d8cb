// One section of the account page that explains an action and runs it with
// one button, saying how it went (signing out the other devices, downloading
// one's data).
import { useAction } from '../forms/use-action.ts';
import { OutcomeLine } from './outcome-line.tsx';

interface AccountActionProps {
  /** Prefix of the heading's id and the outcome's test id. */
  id: string;
  title: string;
  explain: string;
  label: string;
  /** Resolves with the sentence that says it worked. */
  action(): Promise<string>;
}

export function AccountAction({ id, title, explain, label, action }: AccountActionProps) {
  const { outcome, busy, run } = useAction();
  return (
    <section aria-labelledby={`${id}-title`} className="account__section">
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="note">{explain}</p>
      <OutcomeLine outcome={outcome} testId={`${id}-outcome`} />
      <button type="button" className="button" disabled={busy} onClick={() => void run(action)}>
        {label}
      </button>
    </section>
  );
}
