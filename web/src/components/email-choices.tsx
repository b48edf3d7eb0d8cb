// "Avisos por e-mail" on the account page: outbid e-mails on or off, saved as
// soon as the box changes (the API keeps the choice for every device; the
// worker reads it before each e-mail).
import { useEffect, useState } from 'react';
import { notificationSettings, saveNotificationSettings } from '../api/endpoints.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { OutcomeLine } from './outcome-line.tsx';

export function EmailChoices() {
  const { t } = useI18n();
  /** null until the saved choice is read. */
  const [outbid, setOutbid] = useState<boolean | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const { outcome, busy, run } = useAction();

  useEffect(() => {
    let current = true;
    notificationSettings().then(
      (settings) => current && setOutbid(settings.outbidEmails),
      () => current && setUnreadable(true),
    );
    return () => {
      current = false;
    };
  }, []);

  /** The box shows the new choice at once, and goes back if it could not be saved. */
  const save = (wanted: boolean) => {
    const before = outbid;
    setOutbid(wanted);
    return run(
      async () => {
        const saved = await saveNotificationSettings({ outbidEmails: wanted });
        setOutbid(saved.outbidEmails);
        return saved.outbidEmails ? t.account.outbidOn : t.account.outbidOff;
      },
      () => {
        setOutbid(before);
        return false; // the reason is said below the box
      },
    );
  };

  return (
    <section aria-labelledby="emails-title" className="account__section">
      <h2 id="emails-title">{t.account.emailsTitle}</h2>
      <p className="note">{t.account.emailsExplain}</p>
      <label className="choice__option">
        <input
          type="checkbox"
          checked={outbid ?? false}
          disabled={outbid === null || busy}
          onChange={(event) => void save(event.target.checked)}
        />
        {t.account.outbidEmails}
      </label>
      {unreadable ? <p className="feedback feedback--error">{t.account.emailsUnreadable}</p> : null}
      <OutcomeLine outcome={outcome} testId="emails-outcome" />
    </section>
  );
}
