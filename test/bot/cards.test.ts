import { ALL_VERBS } from '../../bot/cards/verbs';
import { checkCard } from './adaptive-cards-renderer';
import { allSampleCards } from './card-samples';

/** Element and action types Teams renders in Adaptive Cards 1.5 (anything else would show as a blank). */
const KNOWN_TYPES = new Set([
  'AdaptiveCard',
  'TextBlock',
  'Container',
  'FactSet',
  'ActionSet',
  'Input.ChoiceSet',
  'Input.Text',
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
]);

function* walk(node: unknown, path = '$'): Generator<{ node: Record<string, unknown>; path: string }> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* walk(child, `${path}[${i}]`);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    yield { node: record, path };
    for (const [key, child] of Object.entries(record)) yield* walk(child, `${path}.${key}`);
  }
}

const cards = Object.entries(allSampleCards());

describe('the renderer check', () => {
  it('does catch unknown elements and invalid cards (so a clean result means something)', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Fancy.Chart' }, { type: 'Input.Text', id: 'x', isRequired: true }],
      actions: [{ type: 'Action.Teleport', title: 'Go' }],
    };
    const problems = checkCard(broken).join('\n');
    expect(problems).toMatch(/UnknownElementType/);
    expect(problems).toMatch(/UnknownActionType/);
    expect(problems).toMatch(/RequiredInputsShouldHaveLabel/);
  });
});

describe('every card, rendered from its template with sample data', () => {
  it.each(cards)('%s parses, validates and renders in the official renderer with no event', (_name, card) => {
    expect(checkCard(card)).toEqual([]);
  });

  it.each(cards)('%s is Adaptive Cards 1.5 with only known element types, and fully filled in', (_name, card) => {
    expect(card.version).toBe('1.5');
    const json = JSON.stringify(card);
    expect(json).not.toContain('${');
    // Teams refuses messages over 28 KB.
    expect(Buffer.byteLength(json)).toBeLessThan(28 * 1024);
    for (const { node, path } of walk(card)) {
      if (typeof node['type'] === 'string' && (path === '$' || 'type' in node) && !path.endsWith('.data')) {
        expect({ path, type: node['type'], known: KNOWN_TYPES.has(node['type']) }).toMatchObject({ known: true });
      }
    }
  });

  it.each(cards)(
    '%s: every Action.Execute names a known verb, carries it in its data, and falls back to Action.Submit',
    (_n, card) => {
      for (const { node, path } of walk(card)) {
        if (node['type'] !== 'Action.Execute') continue;
        const data = node['data'] as Record<string, unknown>;
        expect(ALL_VERBS).toContain(node['verb']);
        expect(data['verb']).toBe(node['verb']);
        // A refresh is invoked by the client itself: only buttons need the fallback.
        if (!path.startsWith('$.refresh')) expect(node['fallback']).toMatchObject({ type: 'Action.Submit', data });
      }
    },
  );

  it('gives the personal cards a refresh for their viewer', () => {
    const { digest, 'rate-standard': rate } = allSampleCards();
    for (const card of [digest, rate]) {
      expect(card?.['refresh']).toMatchObject({
        action: { type: 'Action.Execute', verb: 'card.refresh' },
        userIds: ['29:1ZKmo-user-mri'],
      });
    }
  });

  it('deep-links into the tab at the standard', () => {
    const rate = allSampleCards()['rate-standard'];
    const open = [...walk(rate)].find(({ node }) => node['type'] === 'Action.OpenUrl')?.node['url'];
    expect(open).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/8b1f3c2e-[^/]+\/my-work\?webUrl=/);
    const context = new URL(String(open)).searchParams.get('context');
    expect(JSON.parse(context ?? '{}')).toEqual({ subEntityId: 'assessment:a-cur-svc-slam-coast:standard:4.3' });
  });

  it('opens the action plan at the action a reminder is about', () => {
    const reminder = allSampleCards()['action-reminder'];
    const open = [...walk(reminder)].find(({ node }) => node['type'] === 'Action.OpenUrl')?.node['url'];
    const url = new URL(String(open));
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: 'assessment:a-cur-svc-slam-coast:actions:act-1',
    });
    expect(url.searchParams.get('webUrl')).toMatch(/#\/assessments\/a-cur-svc-slam-coast\/actions\?action=act-1$/);
  });
});
