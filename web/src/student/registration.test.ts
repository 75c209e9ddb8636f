import { describe, expect, it } from 'vitest';
import { admissionView, isoToday } from './registration';

const offering = { id: 'o1', registrationOpens: '2026-01-01', registrationCloses: '2026-01-20' };
const admitted = { status: 'ADMITTED', offering };

describe('an admission on the register-for-a-term screen', () => {
  it('may be registered on inside its window, both days included', () => {
    expect(admissionView(admitted, [], '2026-01-01').mayRegister).toBe(true);
    expect(admissionView(admitted, [], '2026-01-20').mayRegister).toBe(true);
    expect(admissionView(admitted, [], '2026-01-21')).toMatchObject({ windowOpen: false, windowAhead: false, mayRegister: false });
    expect(admissionView(admitted, [], '2025-12-31')).toMatchObject({ windowOpen: false, windowAhead: true, mayRegister: false });
  });

  it('has no window when the offering has none, and a reserve never registers', () => {
    const none = { status: 'ADMITTED', offering: { id: 'o1', registrationOpens: null, registrationCloses: null } };
    expect(admissionView(none, [], '2026-01-10')).toMatchObject({ windowOpen: false, windowAhead: false });
    expect(admissionView({ status: 'RESERVE', offering }, [], '2026-01-10').mayRegister).toBe(false);
  });

  it('counts the standing registrations on that offering only, oldest term first, and offers återbud from them', () => {
    const registrations = [
      { term: 'VT2026', offering: { id: 'o1' } },
      { term: 'HT2025', offering: { id: 'o1' } },
      { term: 'HT2025', offering: { id: 'o2' } },
      { term: 'HT2024', offering: { id: 'o1' }, withdrawnOn: '2024-08-20' },
      { term: 'VT2025', offering: { id: 'o1' }, droppedOutOn: '2025-02-01' },
    ];
    const view = admissionView(admitted, registrations, '2026-01-10');
    expect(view.registeredTerms).toEqual(['HT2025', 'VT2026']);
    expect(view.mayWithdraw).toBe(true);
    expect(admissionView(admitted, registrations.slice(3), '2026-01-10')).toMatchObject({ registeredTerms: [], mayWithdraw: false });
  });

  it('takes today as the local date', () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
