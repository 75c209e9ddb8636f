import { graphql } from '../gql';

// The student screens' documents, exactly as docs/graphql.md "Screens" (g)–(k) has them (documents.test.ts compares them).

export const MyStudiesQuery = graphql(`
  query MyStudies {
    me {
      student {
        id firstName lastName attainedCredits transferredCredits
        registrations { id term kind state course { id code name } offering { id offeringCode startDate endDate } }
        results { id status grade passed examinationDate credits transferredFrom course { id code name } module { id code name } }
        studyRecord { term attainedCredits registrations { id course { id code name } } }
      }
    }
  }
`);

export const MyTranscriptsQuery = graphql(`
  query MyTranscripts {
    me { student { id transcripts { verificationCode issuedAt pdfUrl } } }
  }
`);

export const IssueMyTranscriptMutation = graphql(`
  mutation IssueMyTranscript {
    issueMyTranscript(input: {}) {
      transcript { verificationCode issuedAt pdfUrl }
      errors { code reason message path }
    }
  }
`);

export const MyRegistrationQuery = graphql(`
  query MyRegistration {
    me {
      student {
        id
        admissions {
          id status reservePlace
          offering {
            id offeringCode term startDate endDate registrationOpens registrationCloses
            courseVersion { id credits course { id code name } }
          }
        }
        registrations { id term kind state withdrawnOn droppedOutOn offering { id } }
      }
    }
  }
`);

export const RegisterMyselfMutation = graphql(`
  mutation RegisterMyself($offeringId: ID!) {
    registerMyself(input: { offeringId: $offeringId }) {
      registration { id term kind }
      errors { code reason message path }
    }
  }
`);

export const WithdrawMyselfMutation = graphql(`
  mutation WithdrawMyself($offeringId: ID!) {
    withdrawMyself(input: { offeringId: $offeringId }) {
      registration { id term withdrawnOn }
      errors { code reason message path }
    }
  }
`);

export const MyExamSittingsQuery = graphql(`
  query MyExamSittings {
    me {
      student {
        id
        examSittings {
          id courseCode moduleCode startsAt endsAt place cancelled signUpOpens signUpCloses isSignUpOpen seatsLeft
          course { id name } module { id name }
          mySignUp { anonymousCode signedUpAt }
        }
      }
    }
  }
`);

export const SignUpForExamSittingMutation = graphql(`
  mutation SignUpForExamSitting($examSittingId: ID!) {
    signUpForExamSitting(input: { examSittingId: $examSittingId }) {
      signUp { anonymousCode signedUpAt }
      examSitting { id seatsLeft mySignUp { anonymousCode signedUpAt } }
      errors { code reason message path }
    }
  }
`);

export const CancelExamSittingSignUpMutation = graphql(`
  mutation CancelExamSittingSignUp($examSittingId: ID!) {
    cancelExamSittingSignUp(input: { examSittingId: $examSittingId }) {
      examSitting { id seatsLeft mySignUp { anonymousCode signedUpAt } }
      errors { code reason message path }
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($unreadOnly: Boolean = false) {
    me {
      unreadNotificationCount
      notifications(first: 20, unreadOnly: $unreadOnly) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id kind title text occurredAt read readAt courseCode term moduleCode grade startsAt endsAt place
                offeringId registrationId resultId examSittingId }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(input: { ids: $ids, all: $all }) {
      notifications { id read readAt }
      unreadCount
      errors { code reason message path }
    }
  }
`);
