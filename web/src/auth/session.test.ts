import { describe, expect, it } from 'vitest';
import { parseSignInConfig } from './config';
import { clearSession, loadSession, saveSession, sessionFromDevelopmentToken, type Session } from './session';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    size: () => items.size,
  };
}

const session: Session = { token: 'abc', user: 'stadmdv', expiresAt: 2_000, kind: 'development' };

describe('session', () => {
  it('is kept and read back while it is valid', () => {
    const storage = memoryStorage();
    saveSession(session, storage);
    expect(loadSession(1_999, storage)).toEqual(session);
  });

  it('is forgotten once expired', () => {
    const storage = memoryStorage();
    saveSession(session, storage);
    expect(loadSession(2_000, storage)).toBeNull();
    expect(storage.size()).toBe(0);
  });

  it('is forgotten when the stored entry is damaged', () => {
    const storage = memoryStorage();
    storage.setItem('ladok.session', '{"token":1');
    expect(loadSession(0, storage)).toBeNull();
    expect(storage.size()).toBe(0);
  });

  it('is gone after sign-out', () => {
    const storage = memoryStorage();
    saveSession(session, storage);
    clearSession(storage);
    expect(loadSession(0, storage)).toBeNull();
  });

  it('takes the development token answer, whose time has no zone, as UTC', () => {
    const made = sessionFromDevelopmentToken({ token: 't', user: 'ladokadm', expires: '2026-12-03T22:00:00' });
    expect(made).toEqual({ token: 't', user: 'ladokadm', expiresAt: Date.UTC(2026, 11, 3, 22), kind: 'development' });
  });
});

describe('sign-in configuration', () => {
  it('offers nothing when the host says nothing', () => {
    expect(parseSignInConfig(null)).toEqual({ developmentSignIn: false, authority: null, clientId: null, scope: 'openid profile' });
  });

  it('reads the identity provider the host names', () => {
    const config = parseSignInConfig({ authority: 'https://idp.example', clientId: 'ladok-web', scope: 'openid ladok' });
    expect(config).toEqual({ developmentSignIn: false, authority: 'https://idp.example', clientId: 'ladok-web', scope: 'openid ladok' });
  });
});
