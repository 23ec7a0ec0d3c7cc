// The TypeScript client that openapi-generator makes from openapi.yaml (typescript-fetch), used as a
// client developer's first script would: register, add a position, ask anonymously, answer, vote,
// read the question page; then the forum around it: comment as the anonymous asker, accept, edit
// with If-Match, read the revisions and the page with comments. Compiled and run by GeneratedTypeScriptClientTest:
//   node <compiled>/tools/sdk-smoke.js <base URL>
import {
  AccountsApi, AnswersApi, CommentsApi, Configuration, PositionsApi, QuestionsApi, ResponseError, RevisionsApi, VotesApi,
  VoteRequestValueEnum,
} from '../target/generated-clients/typescript/src';

const basePath = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const unique = Date.now().toString(36);
const as = (accessToken?: string) => new Configuration({ basePath, accessToken });

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

async function register(handle: string): Promise<string> {
  const tokens = await new AccountsApi(as()).register({
    registerRequest: { handle, email: `${handle}@example.com`, password: 'correct-horse-battery', displayName: `TS ${handle}` },
  });
  return tokens.accessToken!;
}

async function main(): Promise<void> {
  const asker = await register(`ts_asker_${unique}`);
  await new PositionsApi(as(asker)).addPosition({
    createPositionRequest: { company: 'Acme', title: 'Software Engineer', companyStage: 'Series A Startup', startDate: '2024-01' },
  });
  const asked = await new QuestionsApi(as(asker)).askQuestion({
    createQuestionRequest: {
      title: `What separates a tech lead from an engineering manager? ${unique}`,
      body: 'Asked through the **generated TypeScript client**.', topics: ['startups'], anonymous: true,
    },
  });
  const answerer = await register(`ts_tl_${unique}`);
  await new PositionsApi(as(answerer)).addPosition({
    createPositionRequest: { company: 'Pinterest', title: 'Tech Lead', startDate: '2020-01' },
  });
  const answer = await new AnswersApi(as(answerer)).postAnswer({
    id: asked.id!, createAnswerRequest: { body: 'The TL leads the technology, the EM the people.', anonymous: false },
  });
  const vote = await new VotesApi(as(asker)).voteOnAnswer({ id: answer.id!, voteRequest: { value: VoteRequestValueEnum.NUMBER_1 } });
  check(vote.score === 1, `vote score ${vote.score}`);
  // A read declares an optional token, so the client sends the voter's and the page shows their vote.
  const seenByVoter = await new QuestionsApi(as(asker)).getQuestion({ id: asked.id!, include: 'answers' });
  const myVote = seenByVoter.answers!.items![0].myVote;
  check(myVote === 1, `the voter's myVote ${myVote}`);

  const page = await new QuestionsApi(as()).getQuestion({ id: asked.id!, include: 'answers' });
  const author = page.author;
  check(author.anonymous && author.headline === 'Software Engineer at Series A Startup', `author ${JSON.stringify(author)}`);
  check(!('handle' in author), 'an anonymous author has no handle');
  const shown = page.answers!.items[0];
  // Once `anonymous` is checked, the type says a named author has companies: no `!` needed.
  const byline = shown.author.anonymous ? [] : shown.author.companies;
  check(shown.score === 1 && byline.join(', ') === 'Pinterest', `answer ${JSON.stringify(shown)}`);

  // The anonymous asker comments as the asker, showing only the question's headline.
  const comment = await new CommentsApi(as(asker)).postAnswerComment({
    id: answer.id!, createCommentRequest: { body: 'What level were you when you switched?' },
  });
  const commenter = comment.author;
  check('asker' in commenter && commenter.asker === true && !('handle' in commenter), `commenter ${JSON.stringify(commenter)}`);
  const accepted = await new AnswersApi(as(asker)).acceptAnswer({ id: asked.id!, acceptAnswerRequest: { answerId: answer.id! } });
  check(accepted.acceptedAnswerId === answer.id, `accepted ${accepted.acceptedAnswerId}`);
  const read = await new QuestionsApi(as(asker)).getQuestionRaw({ id: asked.id! });
  await new QuestionsApi(as(asker)).updateQuestion({
    id: asked.id!, ifMatch: read.raw.headers.get('ETag')!, updateQuestionRequest: { body: 'Asked, then edited once.' },
  });
  const revisions = await new RevisionsApi(as()).listQuestionRevisions({ id: asked.id! });
  // The versions edits replaced: here the original.
  check(revisions.items.length === 1 && revisions.items[0].body === 'Asked through the **generated TypeScript client**.',
    `revisions ${JSON.stringify(revisions.items.map(r => r.body))}`);
  const withComments = await new QuestionsApi(as()).getQuestion({ id: asked.id!, include: 'answers,comments' });
  const first = withComments.answers!.items[0];
  check(first.accepted && first.comments!.items[0].id === comment.id, `page with comments ${JSON.stringify(first)}`);

  let status = 0;
  try {
    await new QuestionsApi(as()).getQuestion({ id: '00000000-0000-4000-8000-000000000000' });
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    status = error.response.status;
    check((await error.response.json()).type === 'https://ladder.dev/problems/not-found', 'a problem+json body');
  }
  check(status === 404, `missing question answered ${status}`);
  console.log(JSON.stringify({
    question: asked.id, headline: author.headline, answerScore: shown.score, myVote, notFound: status,
    revisions: revisions.items.length,
  }));
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
