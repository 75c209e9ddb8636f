import { describe, expect, it } from 'vitest';
import { normaliseCode } from './verification';

describe('normaliseCode', () => {
  it('takes the code as printed, without dashes, in lower case or with spaces', () => {
    expect(normaliseCode('ABCD-EFGH-JK23')).toBe('ABCD-EFGH-JK23');
    expect(normaliseCode('abcdefghjk23')).toBe('ABCD-EFGH-JK23');
    expect(normaliseCode(' abcd efgh jk23 ')).toBe('ABCD-EFGH-JK23');
  });

  it('refuses anything but twelve letters or digits', () => {
    expect(normaliseCode('ABCD-EFGH')).toBeNull();
    expect(normaliseCode('ABCD-EFGH-JK2!')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });
});
