// "Avisos por e-mail" on the account page: outbid e-mails, ending-soon
// e-mails (an auction on the watchlist about to end), questions, feedback and
// new listings for saved searches, each on or off, saved
// as soon as its box changes — only that choice is sent (the API keeps the
// choices for every device; the worker reads them before each e-mail).
import { useEffect, useState } from 'react';
import type { NotificationSettings } from '../../../core/schemas.ts';
import { notificationSettings, saveNotificationSettings } from '../api/endpoints.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { OutcomeLine } from './outcome-line.tsx';

type Choice = keyof NotificationSettings;

export function EmailChoices() {
  const { t } = useI18n();
  /** null until the saved choices are read. */
  const [choices, setChoices] = useState<NotificationSettings | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const { outcome, busy, run } = useAction();

  useEffect(() => {
    let current = true;
    notificationSettings().then(
      (settings) => current && setChoices(settings),
      () => current && setUnreadable(true),
    );
    return () => {
      current = false;
    };
  }, []);

  const boxes: readonly { choice: Choice; label: string; on: string; off: string }[] = [
    {
      choice: 'outbidEmails',
      label: t.account.outbidEmails,
      on: t.account.outbidOn,
      off: t.account.outbidOff,
    },
    {
      choice: 'endingSoonEmails',
      label: t.account.endingSoonEmails,
      on: t.account.endingSoonOn,
      off: t.account.endingSoonOff,
    },
    {
      choice: 'questionEmails',
      label: t.account.questionEmails,
      on: t.account.questionsOn,
      off: t.account.questionsOff,
    },
    {
      choice: 'feedbackEmails',
      label: t.account.feedbackEmails,
      on: t.account.feedbackOn,
      off: t.account.feedbackOff,
    },
    {
      choice: 'searchEmails',
      label: t.account.searchEmails,
      on: t.account.searchesOn,
      off: t.account.searchesOff,
    },
  ];

  /** The box shows the new choice at once, and goes back if it could not be saved. */
  const save = ({ choice, on, off }: (typeof boxes)[number], wanted: boolean) => {
    const put = (value: boolean) => setChoices((shown) => shown && { ...shown, [choice]: value });
    put(wanted);
    return run(
      async () => {
        const saved = await saveNotificationSettings({ [choice]: wanted });
        setChoices(saved);
        return saved[choice] ? on : off;
      },
      () => {
        put(!wanted);
        return false; // the reason is said below the boxes
      },
    );
  };

  return (
    <section aria-labelledby="emails-title" className="account__section">
      <h2 id="emails-title">{t.account.emailsTitle}</h2>
      <p className="note">{t.account.emailsExplain}</p>
      <div className="choice">
        {boxes.map((box) => (
          <label key={box.choice} className="choice__option">
            <input
              type="checkbox"
              checked={choices?.[box.choice] ?? false}
              disabled={choices === null || busy}
              onChange={(event) => void save(box, event.target.checked)}
            />
            {box.label}
          </label>
        ))}
      </div>
      {unreadable ? <p className="feedback feedback--error">{t.account.emailsUnreadable}</p> : null}
      <OutcomeLine outcome={outcome} testId="emails-outcome" />
    </section>
  );
}
