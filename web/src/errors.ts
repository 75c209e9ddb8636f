import type { CombinedError } from 'urql';

/** The API's coarse codes (ErrorCode in schema.graphql), plus the two the client itself may meet. */
export const errorCodes = [
  'BAD_REQUEST', 'CONFLICT', 'DOCUMENT_TOO_COMPLEX', 'FORBIDDEN', 'INTERNAL', 'INVALID_DOCUMENT', 'INVALID_STATE', 'NOT_FOUND',
  'PLUGIN_FAILURE', 'RATE_LIMITED', 'TIMED_OUT', 'UNAUTHENTICATED', 'UNAVAILABLE', 'VALIDATION', 'NETWORK', 'UNKNOWN',
] as const;
export type ClientErrorCode = (typeof errorCodes)[number];

/** What the app shows for one error: a translation key, and the server's message only where no sentence of ours fits. */
export interface ShownError {
  key: string;
  code: ClientErrorCode;
}

/**
 * The translation key for an API error. A stable `reason` (issue 14) wins when we have a sentence for it; otherwise the
 * coarse `code`, so the message is always in the user's language rather than the server's English prose.
 */
export function errorKey(error: { code?: unknown; reason?: unknown }, knownReasons: ReadonlySet<string> = new Set()): ShownError {
  const code = errorCodes.find((known) => known === error.code) ?? 'UNKNOWN';
  if (typeof error.reason === 'string' && knownReasons.has(error.reason)) return { key: `reasons.${error.reason}`, code };
  return { key: `errors.${code}`, code };
}

/** The errors of a failed request: each GraphQL error by its extensions, or one NETWORK error when nothing answered. */
export function errorsOf(error: CombinedError): ShownError[] {
  if (error.graphQLErrors.length > 0) {
    const shown = error.graphQLErrors.map((e) => errorKey({ code: e.extensions?.code, reason: e.extensions?.reason }));
    return shown.filter((e, i) => shown.findIndex((other) => other.key === e.key) === i);
  }
  const status = (error.response as Response | undefined)?.status;
  if (status === 401) return [errorKey({ code: 'UNAUTHENTICATED' })];
  if (status === 429) return [errorKey({ code: 'RATE_LIMITED' })];
  if (status !== undefined && status >= 500) return [errorKey({ code: 'UNAVAILABLE' })];
  return [errorKey({ code: 'NETWORK' })];
}

/** A mutation payload's error (`UserError`): the sentence to show, and the server's own message when we have no sentence for its reason. */
export interface ShownUserError extends ShownError {
  /** The server's message (in the language asked for), shown after our sentence when the reason is not one we know. */
  detail: string | null;
}

export function userErrorOf(error: { code: unknown; reason?: unknown; message?: unknown }, knownReasons: ReadonlySet<string>): ShownUserError {
  const shown = errorKey(error, knownReasons);
  const known = shown.key.startsWith('reasons.');
  return { ...shown, detail: !known && typeof error.message === 'string' && error.message !== '' ? error.message : null };
}
