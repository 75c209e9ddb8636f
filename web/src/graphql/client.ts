import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';

/**
 * One client per signed-in session (a new session starts with an empty cache), with Graphcache's normalised cache.
 * Types without an `id` are embedded in their parent; users are keyed by their user id.
 */
export function createClient(token: string | null, language: () => string): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: {
          Viewer: () => null,
          User: (user) => (user.userId as string | undefined) ?? null,
          University: (university) => (university.code as string | undefined) ?? null,
          FteRow: () => null,
          FteCorrection: () => null,
          FteAreaFigures: () => null,
          TranscriptVerification: () => null,
          WorkQueues: () => null,
          Participant: () => null,
          ParticipantConnection: () => null,
          ResultConnection: () => null,
          StudentConnection: () => null,
          PermissionApplicationConnection: () => null,
          PageInfo: () => null,
          ReportedRow: () => null,
          BulkResultRow: () => null,
          UserError: () => null,
          StudyBreak: () => null,
          Dropout: () => null,
          ProgrammeStudyBreak: () => null,
          StudyRecordCourse: () => null,
          TrainingSummary: () => null,
          MissingTraining: () => null,
          MyStudyTerm: () => null,
          ExamSittingSignUp: () => null,
          NotificationConnection: () => null,
          PermissionProfile: (profile) => (profile.code as string | undefined) ?? null,
          IssuedTranscript: (transcript) => (transcript.verificationCode as string | undefined) ?? null,
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => ({
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'accept-language': language(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }),
  });
}
