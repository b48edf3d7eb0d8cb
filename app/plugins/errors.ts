// One place turns every failure into the public error shape
// {"error": {"code", "message", ...details}}. Bad input is always a 4xx with
// a stable code; 5xx messages are masked so no internal detail leaks.
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode, errors } from '../../core/errors.ts';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.INVALID_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.INVALID_JSON,
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.PAYLOAD_TOO_LARGE,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ErrorCode.VALIDATION_FAILED,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
};

/**
 * ioredis errors that mean "Redis cannot take this right now": not
 * reachable, still loading, or full (`OOM`: at its maxmemory with
 * noeviction, it refuses every write, and nothing was written).
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Stream isn't writeable|Command timed out|ECONNREFUSED|ECONNRESET|ETIMEDOUT|LOADING|^OOM /.test(
      error.message,
    )
  );
}

/** Maps any thrown value to an AppError, the one public shape. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isRedisUnavailable(error)) return errors.redisUnavailable();
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    const where = fastifyError.validationContext ?? 'request';
    return new AppError(ErrorCode.VALIDATION_FAILED, `Invalid ${where}: ${fastifyError.message}`);
  }
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.message ?? 'Bad request.');
  if (error instanceof SyntaxError) return new AppError(ErrorCode.INVALID_JSON, 'Malformed JSON.');
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new AppError(ErrorCode.VALIDATION_FAILED, fastifyError.message ?? 'Bad request.');
  }
  return new AppError(ErrorCode.INTERNAL_ERROR, 'Something went wrong on our side.');
}

/** For Fastify's own early errors (e.g. an over-long path parameter), same shape. */
export function answerFrameworkError(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  const appError = toAppError(error);
  return reply.status(appError.status).send(appError.toBody());
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.code === ErrorCode.INTERNAL_ERROR)
      request.log.error({ err: error }, 'request failed');
    else if (appError.status >= 500) request.log.warn({ code: appError.code }, 'request refused');
    if (appError.code === ErrorCode.RATE_LIMITED || appError.code === ErrorCode.SERVER_BUSY) {
      reply.header('retry-after', String(appError.details.retryAfterSeconds ?? 1));
    }
    return reply.status(appError.status).send(appError.toBody());
  });
}

export function routeNotFound(request: FastifyRequest, reply: FastifyReply) {
  const error = new AppError(
    ErrorCode.ROUTE_NOT_FOUND,
    `No route ${request.method} ${request.url.split('?')[0]}.`,
  );
  return reply.status(404).send(error.toBody());
}

/** For Node's clientError: a malformed request, or headers over the size limit. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    error: {
      code: tooLarge ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.VALIDATION_FAILED,
      message: tooLarge ? 'Request headers are too large.' : 'Malformed HTTP request.',
    },
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}
