// What the forms accept as an e-mail before the API sees it: something@something.tld.
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
