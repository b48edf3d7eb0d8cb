// Signing up and in, passwords and addresses, and what an account chooses for itself
// (whom it blocks, which e-mails it gets).
import { Type, type Static } from 'typebox';
import { PublicUser, User } from './common.ts';

const Email = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
});
const Password = Type.String({ minLength: 8, maxLength: 128 });

/** The language of an e-mail the API sends (a link); default pt-BR. */
const MailLanguage = Type.Union([Type.Literal('pt-BR'), Type.Literal('en')]);

export const RegisterBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    email: Email,
    password: Password,
    /** The language of the e-mail with the verification link; default pt-BR. */
    language: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** Moving the account to another address asks for the password. */
export const ChangeEmailBody = Type.Object(
  {
    newEmail: Email,
    password: Type.String({ minLength: 1, maxLength: 128 }),
    /** The language of the e-mails it sends (a link to the new address, a notice to the old one). */
    language: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type ChangeEmailBody = Static<typeof ChangeEmailBody>;

/** Deleting one's account asks for the password again. */
export const DeleteAccountBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export type DeleteAccountBody = Static<typeof DeleteAccountBody>;

/** Asks for a password-reset link by e-mail. */
export const PasswordResetBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    /** The e-mail's language; default pt-BR. */
    language: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type PasswordResetBody = Static<typeof PasswordResetBody>;

/** The token from the link, and the new password. */
export const ConfirmPasswordResetBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }), newPassword: Password },
  { additionalProperties: false },
);
export type ConfirmPasswordResetBody = Static<typeof ConfirmPasswordResetBody>;

/** The token from a link the API e-mailed (verifying an address, putting one back). */
export const LinkTokenBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }) },
  { additionalProperties: false },
);
export type LinkTokenBody = Static<typeof LinkTokenBody>;

/** Asks for an e-mail in a language. */
export const MailLanguageBody = Type.Object(
  { language: Type.Optional(MailLanguage) },
  { additionalProperties: false },
);

export const SessionResponse = Type.Object({ token: Type.String(), user: User });

/** The most users one may block from bidding on and asking about one's auctions. */
export const MAX_BLOCKED = 1000;

export const BlockedUsers = Type.Object({
  items: Type.Array(PublicUser, { description: 'By name; accounts deleted since are left out.' }),
});
export type BlockedUsers = Static<typeof BlockedUsers>;

const notificationChoices = {
  /** When someone overtakes you as leader of an open auction (at most once per bid of yours). Default true. */
  outbidEmails: Type.Boolean(),
  /** Once, ENDING_SOON_EMAIL_MINUTES before an auction you watch or bid on ends. Default true. */
  endingSoonEmails: Type.Boolean(),
  /** A question about an auction you sell, and the answer to a question you asked. Default true. */
  questionEmails: Type.Boolean(),
  /** Someone rated you after a sale. Default true. */
  feedbackEmails: Type.Boolean(),
  /** A new listing matching one of your saved searches (at most SEARCH_ALERT_EMAILS_PER_DAY a day). Default true. */
  searchEmails: Type.Boolean(),
};

/** What the account is told by e-mail. */
export const NotificationSettings = Type.Object(notificationChoices, {
  additionalProperties: false,
});
export type NotificationSettings = Static<typeof NotificationSettings>;

/** Turns some of them on or off; the others stay as they are. */
export const NotificationChanges = Type.Partial(Type.Object(notificationChoices), {
  additionalProperties: false,
  minProperties: 1,
});
export type NotificationChanges = Static<typeof NotificationChanges>;
