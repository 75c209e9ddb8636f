import { describe, expect, it } from 'vitest';
import { en } from './en';
import { preferredLanguage, rememberLanguage } from './index';
import { sv } from './sv';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null ? keys(inner, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

describe('languages', () => {
  it('are Swedish unless the user chose otherwise', () => {
    expect(preferredLanguage({ getItem: () => null })).toBe('sv');
    expect(preferredLanguage({ getItem: () => 'de' })).toBe('sv');
  });

  it('remember the choice', () => {
    const items = new Map<string, string>();
    rememberLanguage('en', { setItem: (key, value) => void items.set(key, value) });
    expect(preferredLanguage({ getItem: (key) => items.get(key) ?? null })).toBe('en');
  });

  it('have the same sentences in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('have a sentence for every error code of the API', async () => {
    const { errorCodes } = await import('../errors');
    for (const code of errorCodes) {
      expect(sv.errors[code]).toBeTruthy();
      expect(en.errors[code]).toBeTruthy();
    }
  });
});
