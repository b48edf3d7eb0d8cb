// A loopback SMTP server (smtp-server, from the nodemailer project) standing
// in for a mail relay: it speaks real SMTP, keeps every message it accepted
// (parsed with mailparser, as a mail client would read it), and can be
// scripted to refuse a recipient (4xx or 5xx), refuse the message after its
// data, or never answer the data — the cases a mail client meets.
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope. */
  from: string;
  to: string[];
  /** The message as its reader sees it. */
  fromHeader: string;
  /** Reply-To, as its reader sees it ('' without one). */
  replyTo: string;
  subject: string;
  text: string;
  messageId: string;
}

export type SmtpStep =
  | { at: 'rcpt' | 'data'; code: number; message?: string }
  /** Reads the message, then never answers (a relay that hangs after the data). */
  | { at: 'data'; hang: true }
  /** Takes the message as usual: what follows it is for the next transactions. */
  | { at: 'data'; accept: true };

export interface SmtpStandIn {
  url: string;
  accepted: ReceivedMail[];
  /** Steps applied to the next transactions, one per transaction, in order. */
  script(...steps: SmtpStep[]): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startSmtpStandIn(): Promise<SmtpStandIn> {
  const accepted: ReceivedMail[] = [];
  let steps: SmtpStep[] = [];
  const refusal = (code: number, message = 'refused by the stand-in') =>
    Object.assign(new Error(message), { responseCode: code });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, done) {
      const step = steps[0];
      if (step && step.at === 'rcpt' && 'code' in step) {
        steps.shift();
        return done(refusal(step.code, step.message));
      }
      done();
    },
    onData(stream, session, done) {
      void text(stream).then((raw) => {
        const step = steps[0]?.at === 'data' ? steps.shift() : undefined;
        if (step && 'hang' in step) return; // never answers
        if (step && 'code' in step) return done(refusal(step.code, step.message));
        void simpleParser(raw).then((mail) => {
          accepted.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            fromHeader: mail.from?.text ?? '',
            replyTo: mail.replyTo?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
          });
          done();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    script: (...more) => void steps.push(...more),
    reset() {
      accepted.length = 0;
      steps = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
