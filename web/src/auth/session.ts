/** A signed-in user's token, kept for the browser tab's session only (sessionStorage), never longer than it is valid. */
export interface Session {
  token: string;
  user: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  kind: 'development' | 'oidc';
}

const storageKey = 'ladok.session';

export function saveSession(session: Session, storage: Pick<Storage, 'setItem'> = sessionStorage) {
  storage.setItem(storageKey, JSON.stringify(session));
}

/** The kept session, or null when there is none, it cannot be read, or it has expired (then it is forgotten). */
export function loadSession(now: number = Date.now(), storage: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage): Session | null {
  const text = storage.getItem(storageKey);
  if (!text) return null;
  try {
    const session = JSON.parse(text) as Partial<Session>;
    if (typeof session.token === 'string' && typeof session.user === 'string' && typeof session.expiresAt === 'number'
      && session.expiresAt > now && (session.kind === 'development' || session.kind === 'oidc')) {
      return session as Session;
    }
  } catch {
    // A damaged entry is as good as none.
  }
  storage.removeItem(storageKey);
  return null;
}

export function clearSession(storage: Pick<Storage, 'removeItem'> = sessionStorage) {
  storage.removeItem(storageKey);
}

/** The development host's answer to POST /dev/token. */
export function sessionFromDevelopmentToken(answer: { token: string; user: string; expires: string }): Session {
  return { token: answer.token, user: answer.user, expiresAt: Date.parse(answer.expires.endsWith('Z') ? answer.expires : `${answer.expires}Z`), kind: 'development' };
}

const demoStudents = ['stud01', 'stud02', 'stud03', 'stud04', 'stud05'];

/** The demo users of the README, per university, staff first, then the demo students (the same five at every university). */
export const demoUsers: Record<string, string[]> = {
  UMU: ['ladokadm', 'prefdv', 'stadmdv', 'stadmma', 'lararedv', 'examdv', 'nyanst', ...demoStudents],
  KTH: ['ladokadm', 'prefcs', 'stadmcs', 'stadmmath', 'lararecs', 'examcs', 'nyanst', ...demoStudents],
};
