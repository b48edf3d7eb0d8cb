// Why a job failed, as a stable code. Codes, never raw error text, go to the
// dead-letter stream and the job record; the texts users read never hold either.
export const FailureCode = {
  /** The stream entry is not a FinishedAuction (it is dead-lettered at once). */
  INVALID_ENTRY: 'INVALID_ENTRY',
  /** Gemini failed for good; the templates wrote the texts instead. */
  GEMINI_UNAVAILABLE: 'GEMINI_UNAVAILABLE',
  /** Discord kept answering 429/5xx, or could not be reached: nothing was posted. */
  DISCORD_UNAVAILABLE: 'DISCORD_UNAVAILABLE',
  /** Discord refused the message (4xx other than 429); never retried. */
  DISCORD_REJECTED: 'DISCORD_REJECTED',
  /** Discord may have the message but never said so: a timeout, a connection lost
   *  mid-request, or a previous delivery that crashed before recording the answer. */
  DISCORD_OUTCOME_UNKNOWN: 'DISCORD_OUTCOME_UNKNOWN',
  /** The mail relay kept answering 4xx, or could not be reached: no e-mail was sent. */
  MAIL_UNAVAILABLE: 'MAIL_UNAVAILABLE',
  /** The mail relay refused the e-mail (5xx: a bad address, a message it will not take); never retried. */
  MAIL_REJECTED: 'MAIL_REJECTED',
  /** The relay may have taken the e-mail but never said so (the connection dropped or
   *  timed out after the message was sent, or a previous delivery crashed meanwhile). */
  MAIL_OUTCOME_UNKNOWN: 'MAIL_OUTCOME_UNKNOWN',
  /** The auction's lock expired and moved to another worker mid-job. */
  LOCK_LOST: 'LOCK_LOST',
  /** Delivered WORKER_MAX_DELIVERIES times, each time ending without a recorded failure
   *  (the workers holding it died or were stopped). */
  DELIVERIES_EXHAUSTED: 'DELIVERIES_EXHAUSTED',
  /** Redis or anything else unexpected. */
  UNEXPECTED: 'UNEXPECTED',
} as const;
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/** Whom an e-mail was for. */
export type MailRecipient = 'winner' | 'seller';

export class JobFailure extends Error {
  readonly code: FailureCode;
  /** Safe, short detail for operators (a status code, Discord's error code). */
  readonly detail: string;
  /** For an e-mail's failure: whom it was for (the metrics count by recipient). */
  readonly recipient?: MailRecipient;

  constructor(code: FailureCode, detail = '', recipient?: MailRecipient) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'JobFailure';
    this.code = code;
    this.detail = detail;
    this.recipient = recipient;
  }
}

export function failureCodeOf(error: unknown): FailureCode {
  return error instanceof JobFailure ? error.code : FailureCode.UNEXPECTED;
}
