import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorKey, errorsOf, userErrorOf } from './errors';

describe('errorKey', () => {
  it('maps a known code to its sentence', () => {
    expect(errorKey({ code: 'FORBIDDEN' })).toEqual({ key: 'errors.FORBIDDEN', code: 'FORBIDDEN' });
  });

  it('maps a code it does not know to UNKNOWN rather than showing English prose', () => {
    expect(errorKey({ code: 'SOMETHING_NEW' }).key).toBe('errors.UNKNOWN');
  });

  it('prefers a reason it has a sentence for, and falls back to the code for one it has not', () => {
    const reasons = new Set(['SESSION_FULL']);
    expect(errorKey({ code: 'CONFLICT', reason: 'SESSION_FULL' }, reasons).key).toBe('reasons.SESSION_FULL');
    expect(errorKey({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' }, reasons).key).toBe('errors.CONFLICT');
  });
});

describe('errorsOf', () => {
  it('takes each GraphQL error by its extensions code, once', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'You do not have the permission this needs.', extensions: { code: 'FORBIDDEN' } },
        { message: 'Again.', extensions: { code: 'FORBIDDEN' } },
        { message: 'Gone.', extensions: { code: 'NOT_FOUND' } },
      ],
    });
    expect(errorsOf(error).map((e) => e.key)).toEqual(['errors.FORBIDDEN', 'errors.NOT_FOUND']);
  });

  it('reads a refused HTTP answer without a GraphQL body by its status', () => {
    const answer = (status: number) => new CombinedError({ networkError: new Error('HTTP'), response: { status } as Response });
    expect(errorsOf(answer(401))[0].key).toBe('errors.UNAUTHENTICATED');
    expect(errorsOf(answer(429))[0].key).toBe('errors.RATE_LIMITED');
    expect(errorsOf(answer(503))[0].key).toBe('errors.UNAVAILABLE');
  });

  it('calls a request that got no answer a network error', () => {
    expect(errorsOf(new CombinedError({ networkError: new TypeError('Failed to fetch') }))[0].key).toBe('errors.NETWORK');
  });
});

describe('userErrorOf', () => {
  it('shows our sentence for a reason we know, without the server\'s prose', () => {
    const shown = userErrorOf({ code: 'CONFLICT', reason: 'STALE_VERSION', message: 'Raden har ändrats.' }, new Set(['STALE_VERSION']));
    expect(shown).toEqual({ key: 'reasons.STALE_VERSION', code: 'CONFLICT', detail: null });
  });

  it('adds the server\'s message to the code\'s sentence when the reason is one we have no sentence for', () => {
    const shown = userErrorOf({ code: 'VALIDATION', reason: 'VALIDATION', message: 'The grade is not on the scale: U, G, VG.' }, new Set());
    expect(shown).toEqual({ key: 'errors.VALIDATION', code: 'VALIDATION', detail: 'The grade is not on the scale: U, G, VG.' });
  });
});
