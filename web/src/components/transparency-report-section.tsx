// `/moderation`'s last section, *Relatório de transparência*: what moderation
// received and decided in a period (the DSA's art. 15 and 24), read only when
// asked for with *Gerar relatório* (use-transparency-report.ts). The period is
// two UTC days, *De* and *Até*, from the first day of the year to today at
// first; a reversed or incomplete one is said beside its field, which gets
// the focus, and nothing is asked. A polite status says it is being read,
// then that it was (the focus going to the report's heading) or why not.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  defaultPeriod,
  periodProblem,
  type PeriodProblem,
  type ReportPeriod,
} from '../forms/report-period.ts';
import { useI18n } from '../i18n/i18n.ts';
import { transparencyMessages } from '../i18n/transparency-messages.ts';
import { transparencyErrorMessage } from '../i18n/transparency-text.ts';
import { useTransparencyReport } from '../live/use-transparency-report.ts';
import stylesheet from '../styles/transparency-report.css?url';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';
import { TextField } from './text-field.tsx';
import { TransparencyReportView } from './transparency-report-view.tsx';

const fieldId = (field: keyof ReportPeriod) => `transparency-${field}`;

export function TransparencyReportSection({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const words = transparencyMessages[locale];
  const [period, setPeriod] = useState(() => defaultPeriod(new Date()));
  const [problem, setProblem] = useState<PeriodProblem | null>(null);
  const { state, generate } = useTransparencyReport(token);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each answer is a new state: a report generated again takes the focus again.
  useEffect(() => {
    if (state.status === 'ready') heading.current?.focus();
  }, [state]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.status === 'loading') return;
    const found = periodProblem(period);
    setProblem(found);
    if (found) document.getElementById(fieldId(found.field))?.focus();
    else void generate(period);
  };

  const field = (name: keyof ReportPeriod) => ({
    id: fieldId(name),
    type: 'date',
    label: words[name],
    value: period[name],
    error:
      problem?.field !== name
        ? undefined
        : problem.problem === 'missing'
          ? t.field.required
          : words.toBeforeFrom,
    onChange: (event: { target: { value: string } }) => {
      setPeriod((now) => ({ ...now, [name]: event.target.value }));
      // A reversed period is mended by either date.
      setProblem((now) => (now?.field === name || now?.problem === 'toBeforeFrom' ? null : now));
    },
  });

  const outcome: Outcome =
    state.status === 'loading'
      ? { ok: true, text: words.generating }
      : state.status === 'ready'
        ? { ok: true, text: words.generated }
        : state.status === 'failed'
          ? { ok: false, text: transparencyErrorMessage(state.error, words, t, locale) }
          : null;

  return (
    <section
      aria-labelledby="transparency-title"
      className="transparency"
      data-testid="transparency-report"
    >
      {/* Its own file, linked here rather than imported: see transparency-report.css. */}
      <link rel="stylesheet" href={stylesheet} precedence="default" />
      <h2 id="transparency-title">{words.title}</h2>
      <p className="note">{words.explain}</p>
      <form className="transparency__period" onSubmit={submit} noValidate>
        <TextField {...field('from')} />
        <TextField {...field('to')} />
        <button
          type="submit"
          className="button button--primary"
          // aria-disabled, not disabled: a disabled button would lose the focus.
          aria-disabled={state.status === 'loading'}
        >
          {words.generate}
        </button>
      </form>
      <OutcomeLine outcome={outcome} testId="transparency-outcome" />
      {state.status === 'ready' ? (
        <TransparencyReportView report={state.report} words={words} headingRef={heading} />
      ) : null}
    </section>
  );
}
