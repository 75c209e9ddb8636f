/**
 * The idempotency key of a bulk report (`reportResults`). A batch keeps its key until an answer arrives, so sending it
 * again after a lost connection or a 503 is the same request and the server creates the results once. Once answered, the
 * next batch gets a new key; other rows after a failure get a new key too (the server refuses one key with other rows).
 * The pending batch survives a reload in the tab's sessionStorage, where a retry is most likely to come from.
 */
export class IdempotencyKeeper {
  constructor(
    private readonly name: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = globalThis.sessionStorage ?? null,
    private readonly newKey: () => string = () => crypto.randomUUID(),
  ) {}

  /** The key to send with this batch: the pending one when it is the very batch sent before, else a new one, kept. */
  keyFor(batch: unknown): string {
    const fingerprint = JSON.stringify(batch);
    const pending = this.pending();
    if (pending && pending.fingerprint === fingerprint) return pending.key;
    const key = this.newKey();
    this.storage?.setItem(this.storageKey, JSON.stringify({ key, fingerprint }));
    this.memory = { key, fingerprint };
    return key;
  }

  /** The server answered the batch (whatever its rows said): its key is spent. */
  answered() {
    this.memory = null;
    this.storage?.removeItem(this.storageKey);
  }

  private memory: { key: string; fingerprint: string } | null = null;

  private get storageKey() {
    return `ladok.idempotency.${this.name}`;
  }

  private pending(): { key: string; fingerprint: string } | null {
    if (this.memory) return this.memory;
    try {
      const stored = JSON.parse(this.storage?.getItem(this.storageKey) ?? 'null') as { key?: unknown; fingerprint?: unknown } | null;
      if (stored && typeof stored.key === 'string' && typeof stored.fingerprint === 'string') return { key: stored.key, fingerprint: stored.fingerprint };
    } catch {
      // A damaged entry is as good as none.
    }
    return null;
  }
}

/** Whether a failed send may have reached the server and should be sent again with the same key: no answer, or a 503/5xx. */
export function worthRetrying(error: { networkError?: unknown; response?: unknown; graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] }) {
  const status = (error.response as { status?: number } | undefined)?.status;
  if (status !== undefined && status >= 500) return true;
  if (error.graphQLErrors?.some((e) => e.extensions?.code === 'UNAVAILABLE' || e.extensions?.code === 'TIMED_OUT')) return true;
  return error.networkError !== undefined && error.networkError !== null && status === undefined;
}
