// One schema per payload: REST bodies and responses, socket events and the
// finished-auction message. Fastify validates and documents with them
// (OpenAPI), sockets validate with them, and TypeScript types derive from them.
// They live in core/schemas/, a file per subject; importers keep this path.
export * from './schemas/common.ts';
export * from './schemas/auction.ts';
export * from './schemas/bids.ts';
export * from './schemas/account.ts';
export * from './schemas/questions.ts';
export * from './schemas/feedback.ts';
export * from './schemas/moderation.ts';
export * from './schemas/transparency.ts';
export * from './schemas/appeals.ts';
export * from './schemas/saved-searches.ts';
export * from './schemas/account-export.ts';
export * from './schemas/socket-events.ts';
export * from './schemas/finished-auction.ts';
