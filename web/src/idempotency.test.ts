import { describe, expect, it } from 'vitest';
import { IdempotencyKeeper, worthRetrying } from './idempotency';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('the idempotency key of a bulk report', () => {
  const batch = { offeringId: 'O1', moduleCode: '0001', rows: [{ identityNumber: '811218-9876', grade: 'VG' }] };

  it('is kept until the answer arrives, so a retry of the same batch sends the same key', () => {
    const keeper = new IdempotencyKeeper('report', memoryStorage(), counter());
    expect(keeper.keyFor(batch)).toBe('key-1');
    expect(keeper.keyFor(structuredClone(batch))).toBe('key-1');
  });

  it('is spent once the server answered, so the next batch gets a new key', () => {
    const keeper = new IdempotencyKeeper('report', memoryStorage(), counter());
    keeper.keyFor(batch);
    keeper.answered();
    expect(keeper.keyFor(batch)).toBe('key-2');
  });

  it('is new for other rows, which the server would refuse under the old key', () => {
    const keeper = new IdempotencyKeeper('report', memoryStorage(), counter());
    keeper.keyFor(batch);
    expect(keeper.keyFor({ ...batch, rows: [{ identityNumber: '811218-9876', grade: 'G' }] })).toBe('key-2');
  });

  it('survives a reload of the tab while the batch is unanswered', () => {
    const storage = memoryStorage();
    new IdempotencyKeeper('report', storage, counter()).keyFor(batch);
    expect(new IdempotencyKeeper('report', storage, () => 'fresh').keyFor(batch)).toBe('key-1');
  });
});

describe('worthRetrying', () => {
  it('says yes when nothing answered or the service was unavailable, no when the server refused', () => {
    expect(worthRetrying({ networkError: new TypeError('Failed to fetch') })).toBe(true);
    expect(worthRetrying({ networkError: new Error('HTTP'), response: { status: 503 } })).toBe(true);
    expect(worthRetrying({ graphQLErrors: [{ extensions: { code: 'UNAVAILABLE' } }] })).toBe(true);
    expect(worthRetrying({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe(false);
  });
});
