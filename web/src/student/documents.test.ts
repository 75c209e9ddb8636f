import { print, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import markdown from '../../../docs/graphql.md?raw';
import * as documents from './documents';

// The student screens' blocks in docs/graphql.md, by their `# screen:` name; ScreensTests runs the same blocks against the host.
const blocks = new Map([...markdown.matchAll(/```graphql\n# screen: ([a-z-]+)\n([\s\S]*?)```/g)].map((m) => [m[1], print(parse(m[2]))]));

const screens: Record<string, DocumentNode> = {
  'my-studies': documents.MyStudiesQuery,
  'my-transcripts': documents.MyTranscriptsQuery,
  'my-transcript': documents.IssueMyTranscriptMutation,
  'my-registration': documents.MyRegistrationQuery,
  'register-myself': documents.RegisterMyselfMutation,
  'withdraw-myself': documents.WithdrawMyselfMutation,
  'my-exam-sittings': documents.MyExamSittingsQuery,
  'sign-up-for-exam-sitting': documents.SignUpForExamSittingMutation,
  'cancel-exam-sitting-sign-up': documents.CancelExamSittingSignUpMutation,
  'my-notifications': documents.MyNotificationsQuery,
  'mark-notifications-read': documents.MarkNotificationsReadMutation,
};

describe('the student screens', () => {
  it.each(Object.entries(screens))('send the document docs/graphql.md shows as screen %s', (name, document) => {
    expect(blocks.get(name)).toBe(print(document));
  });

  it('send every document of the file, each documented', () => {
    expect(Object.values(documents).length).toBe(Object.keys(screens).length);
  });
});
