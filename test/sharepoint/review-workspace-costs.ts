import type { ReviewerRating } from '../../src/domain/review';
import { EMAILS } from '../api/harness';
import { PEER_REVIEW_DAY, RHEUM } from '../api/review-helpers';
import type { AppOnSharePoint } from './app-on-sharepoint';

const A = `/api/v1/assessments/${RHEUM}`;

async function counted(app: AppOnSharePoint, run: () => Promise<unknown>): Promise<number> {
  app.graph.graph.counter.reset();
  await run();
  return app.graph.graph.counter.total;
}

export interface ReviewWorkspaceCosts {
  /** GET /review by a peer reviewer who opened it a moment before (caches warm). */
  readonly open: number;
  /** The store's write of a reviewer's rating on its own. */
  readonly write: number;
  /** PUT .../review/ratings/:standardId end to end. */
  readonly save: number;
}

/**
 * Graph requests of the reviewer's workspace on the demo's rheumatology review, started by its lead reviewer:
 * opening it, and saving one reviewer's rating. Moves the app's clock into the peer review window and back.
 */
export async function reviewWorkspaceCosts(app: AppOnSharePoint): Promise<ReviewWorkspaceCosts> {
  const before = app.api.now.value;
  app.api.now.value = PEER_REVIEW_DAY;
  try {
    const [lead, peer] = await Promise.all([app.api.signIn(EMAILS.leadReviewer), app.api.signIn(EMAILS.peerReviewer)]);
    const version = (await lead.get<{ assessment: { version: number } }>(A)).body.assessment.version;
    const started = await lead.send('POST', `${A}/review/start`, { version });
    if (started.status !== 200) throw new Error(`starting the review answered ${started.status}`);
    await peer.get(`${A}/review`);
    const open = await counted(app, () => peer.get(`${A}/review`));
    let saved: ReviewerRating | undefined;
    const save = await counted(app, async () => {
      const res = await peer.send<ReviewerRating>('PUT', `${A}/review/ratings/1.1`, { rating: 'met', version: 0 });
      saved = res.body;
    });
    if (!saved) throw new Error('the rating was not saved');
    const current = saved;
    const write = await counted(app, () =>
      app.api.app.ports.store.commit({ actorId: current.reviewerId, at: new Date().toISOString() }, [
        {
          op: 'put',
          kind: 'reviewRating',
          value: { ...current, rating: 'partly_met' },
          expectedVersion: current.version,
        },
      ]),
    );
    return { open, write, save };
  } finally {
    app.api.now.value = before;
  }
}
