import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

// The HTTP client side of the redeem benchmark, on its own thread, so the client's CPU is not
// charged to the server's event loop.

interface Job {
  url: string;
  secret: string;
  profileIds: string[];
  amount: number;
  concurrency: number;
}

const QUERY = `mutation($input: RedeemInput!) { redeem(input: $input) { __typename ... on Redemption { id } } }`;

async function run({ url, secret, profileIds, amount, concurrency }: Job) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < profileIds.length) {
        const profileId = profileIds[next++];
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify({
            query: QUERY,
            variables: { input: { profileId, amount, idempotencyKey: randomUUID() } },
          }),
        });
        const body = (await res.json()) as { data?: { redeem?: { __typename: string } } };
        if (body.data?.redeem?.__typename !== 'Redemption') throw new Error(JSON.stringify(body));
      }
    }),
  );
  return performance.now() - start;
}

run(workerData as Job).then(
  (ms) => parentPort!.postMessage({ ms }),
  (err: Error) => parentPort!.postMessage({ error: err.message }),
);
