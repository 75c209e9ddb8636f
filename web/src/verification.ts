/**
 * A verification code (kontrollkod) as printed: twelve letters or digits in groups of four. The user may type it with
 * spaces, dashes or in lower case; the API takes it with or without dashes, so we send the canonical form.
 */
export function normaliseCode(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{12}$/.test(compact)) return null;
  return compact.match(/.{4}/g)!.join('-');
}
