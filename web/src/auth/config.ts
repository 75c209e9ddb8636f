/** How this host signs users in, from GET /config.json (the host's Web and Authentication settings). */
export interface SignInConfig {
  /** True in Development with its signing key: pick a demo user, POST /dev/token. */
  developmentSignIn: boolean;
  /** The university's OpenID Connect provider; null when none is set. */
  authority: string | null;
  clientId: string | null;
  scope: string;
}

export function parseSignInConfig(value: unknown): SignInConfig {
  const config = (value ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return {
    developmentSignIn: config.developmentSignIn === true,
    authority: text(config.authority),
    clientId: text(config.clientId),
    scope: text(config.scope) ?? 'openid profile',
  };
}

export async function fetchSignInConfig(): Promise<SignInConfig> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) return parseSignInConfig(null);
  return parseSignInConfig(await response.json());
}
