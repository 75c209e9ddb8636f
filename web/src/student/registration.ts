/** What the register-for-a-term screen shows of one admission: whether its window is open today and where the student stands. */
export interface AdmissionView {
  /** Today (the university's date) is between the offering's registrationOpens and registrationCloses, both included. */
  windowOpen: boolean;
  /** The window has not opened yet. */
  windowAhead: boolean;
  /** A reserve (no place yet) cannot register; a conditional admission is refused by the API until confirmed. */
  mayRegister: boolean;
  /** The terms of the student's standing registrations on the offering (neither withdrawn nor dropped out), oldest first. */
  registeredTerms: string[];
  /** Återbud: there is a standing registration to withdraw from (the API says whether the university still allows it). */
  mayWithdraw: boolean;
}

interface Admission {
  status: string;
  offering: { id: string; registrationOpens?: string | null; registrationCloses?: string | null };
}

interface Registration {
  term: string;
  withdrawnOn?: string | null;
  droppedOutOn?: string | null;
  offering: { id: string };
}

const termOrder = (term: string) => Number(term.slice(2)) * 2 + (term.startsWith('HT') ? 1 : 0);

/** `today` is an ISO date (YYYY-MM-DD); ISO dates compare as text. */
export function admissionView(admission: Admission, registrations: readonly Registration[], today: string): AdmissionView {
  const { registrationOpens: opens, registrationCloses: closes } = admission.offering;
  const windowOpen = !!opens && !!closes && opens <= today && today <= closes;
  const registeredTerms = registrations
    .filter((r) => r.offering.id === admission.offering.id && !r.withdrawnOn && !r.droppedOutOn)
    .map((r) => r.term)
    .sort((a, b) => termOrder(a) - termOrder(b));
  return {
    windowOpen,
    windowAhead: !!opens && today < opens,
    mayRegister: windowOpen && admission.status !== 'RESERVE',
    registeredTerms,
    mayWithdraw: registeredTerms.length > 0,
  };
}

/** Today's date where the user is, as ISO 8601 (the university's date for its students). */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
