// The TypeScript client that openapi-generator makes from openapi.yaml (typescript-fetch), used as a
// client developer's first script would: register, add a position, ask anonymously, answer, vote,
// read the question page. Compiled and run by GeneratedTypeScriptClientTest:
//   node <compiled>/tools/sdk-smoke.js <base URL>
import {
  AccountsApi, AnswersApi, Configuration, PositionsApi, QuestionsApi, ResponseError, VotesApi, VoteRequestValueEnum,
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

  let status = 0;
  try {
    await new QuestionsApi(as()).getQuestion({ id: '00000000-0000-4000-8000-000000000000' });
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    status = error.response.status;
    check((await error.response.json()).type === 'https://ladder.dev/problems/not-found', 'a problem+json body');
  }
  check(status === 404, `missing question answered ${status}`);
  console.log(JSON.stringify({ question: asked.id, headline: author.headline, answerScore: shown.score, myVote, notFound: status }));
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
