// A client developer's first program with openapi-typescript and openapi-fetch: types generated
// from openapi.yaml (target/generated-clients/openapi-typescript/ladder.ts), compiled under strict
// TypeScript, then run against the service: vote, and read the vote back on the question page.
//   node <compiled>/tools/typed-client.js <base URL>
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../target/generated-clients/openapi-typescript/ladder';

type AuthorView = components['schemas']['AuthorView'];
type Role = components['schemas']['Role'];

const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const unique = Date.now().toString(36);

/** What a list shows under a post: the narrowing on `anonymous` needs no `!` and no cast. */
export function credentials(author: AuthorView): string {
  if (!author.anonymous) return author.companies.join(', ');
  return author.headline ?? 'Anonymous';
}

// @ts-expect-error an author not known to be named may have no companies
export const unchecked = (author: AuthorView) => author.companies.length;

/** The roles are an enum to the compiler: a misspelt one does not compile. */
export const moderator: Role = 'moderator';
// @ts-expect-error 'superuser' is not a role
export const notARole: Role = 'superuser';

function client(accessToken?: string) {
  const api = createClient<paths>({ baseUrl });
  if (accessToken) {
    const bearer: Middleware = {
      onRequest({ request }) {
        request.headers.set('Authorization', `Bearer ${accessToken}`);
        return request;
      },
    };
    api.use(bearer);
  }
  return api;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

async function register(handle: string): Promise<string> {
  const { data } = await client().POST('/api/v1/auth/register', {
    body: { handle, email: `${handle}@example.com`, password: 'correct-horse-battery', displayName: `Typed ${handle}` },
  });
  return required(data, 'tokens').accessToken;
}

async function main(): Promise<void> {
  const asker = await register(`typed_asker_${unique}`);
  const asked = required((await client(asker).POST('/api/v1/questions', {
    body: { title: `Typed clients and tech leads ${unique}`, body: 'Asked through **openapi-fetch**.', topics: ['startups'], anonymous: false },
  })).data, 'question');
  const answerer = await register(`typed_tl_${unique}`);
  const answer = required((await client(answerer).POST('/api/v1/questions/{id}/answers', {
    params: { path: { id: asked.id } }, body: { body: 'Try leading one project first.', anonymous: false },
  })).data, 'answer');
  await client(asker).PUT('/api/v1/answers/{id}/vote', { params: { path: { id: answer.id } }, body: { value: 1 } });

  const page = required((await client(asker).GET('/api/v1/questions/{id}', {
    params: { path: { id: asked.id }, query: { include: 'answers' } },
  })).data, 'question page');
  const shown = required(page.answers, 'answers').items[0];
  console.log(JSON.stringify({ myVote: shown.myVote }));
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
