// Under the sign-in form refused with ACCOUNT_SUSPENDED: *Recorrer da
// suspensão* (the DSA's art. 20). A suspended account cannot sign in, so the
// appeal goes with the e-mail and password just typed, which prove whose it
// is (POST /api/auth/suspension-appeal). Sent, the form gives way to a
// sentence saying so and that the answer comes by e-mail, with the appeal's
// state; when the account had appealed already (ALREADY_APPEALED, or an
// appeal the refusal itself carried) that appeal shows instead, its reply
// when decided. Either takes the focus. Other refusals are said by their code
// beside the form, which stays.
import { useEffect, useRef, useState } from 'react';
import type { Appeal } from '../../../core/schemas.ts';
import { appealSuspension } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { AppealForm } from './appeal-form.tsx';
import { AppealStatus } from './appeal-status.tsx';

interface SuspensionAppealProps {
  /** As typed in the sign-in form that was refused. */
  email: string;
  password: string;
  /** The account's appeal, when the refusal said it already has one. */
  known: Appeal | null;
}

/** What the section says above the appeal: just sent here, or found made before. */
type Shown = { appeal: Appeal; said: 'sent' | 'alreadyAppealed'; focus: boolean };

export function SuspensionAppeal({ email, password, known }: SuspensionAppealProps) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown | null>(
    known ? { appeal: known, said: 'alreadyAppealed', focus: false } : null,
  );
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (shown?.focus) said.current?.focus();
  }, [shown]);

  return (
    <section
      className="panel narrow appeal"
      aria-labelledby="suspension-appeal-title"
      data-testid="suspension-appeal"
    >
      <h2 id="suspension-appeal-title">
        {shown ? t.appeals.yourAppeal : t.appeals.suspensionTitle}
      </h2>
      {shown ? (
        <>
          <p
            ref={said}
            tabIndex={-1}
            className={`feedback feedback--${shown.said === 'sent' ? 'success' : 'warning'}`}
            data-testid="suspension-appeal-said"
          >
            {t.appeals[shown.said]}
          </p>
          <AppealStatus appeal={shown.appeal} />
        </>
      ) : (
        <AppealForm
          id="suspension-appeal-text"
          label={t.appeals.suspensionLabel}
          send={async (text) => {
            const { appeal } = await appealSuspension({ email, password, text });
            setShown({ appeal, said: 'sent', focus: true });
          }}
          onAlreadyAppealed={(appeal) => {
            if (appeal) setShown({ appeal, said: 'alreadyAppealed', focus: true });
          }}
        />
      )}
    </section>
  );
}
