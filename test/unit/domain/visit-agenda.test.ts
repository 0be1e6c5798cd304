import type { Rating } from '../../../src/domain/assessment';
import { buildVisitAgenda, type AgendaInput, type AgendaPerson } from '../../../src/domain/visit-agenda';
import { standard } from './fixtures';

const framework: AgendaInput['framework'] = {
  key: 'mind-body-qin',
  name: 'Test framework',
  versionNumber: 1,
  illustrative: true,
  recognitionLevels: [],
  themes: [
    { code: '1', title: 'Integrated patient care', description: '' },
    { code: '2', title: 'Patient and community involvement', description: '' },
    { code: '5', title: 'Governance', description: '' },
  ],
  standards: [
    standard('1.1', 'service', 'essential'),
    standard('1.2', 'service', 'expected'),
    standard('1.3', 'both', 'desirable'),
    standard('2.1', 'service', 'expected'),
    standard('2.2', 'service', 'expected'),
    standard('5.1', 'organisation', 'essential'),
  ],
};

const ella: AgendaPerson = { personId: 'p-ella', name: 'Ella Morgan', email: 'ella@slam.example' };
const jamal: AgendaPerson = { personId: 'p-jamal', name: 'Jamal Williams', email: 'jamal@slam.example' };
const sophie: AgendaPerson = { personId: 'p-sophie', name: 'Sophie Clarke', email: 'sophie@slam.example' };

function response(code: string, rating: Rating | null, extra: Partial<AgendaInput['responses'][number]> = {}) {
  return { standardCode: code, rating, naReason: '', evidenceIds: ['e-1'], assigneeId: null, ...extra };
}

function input(overrides: Partial<AgendaInput> = {}): AgendaInput {
  return {
    framework,
    subjectKind: 'service',
    responses: [
      response('1.1', 'met'),
      response('1.2', 'partly_met', { assigneeId: 'p-jamal' }),
      response('1.3', 'not_met', { assigneeId: 'p-sophie' }),
      response('2.1', 'met', { assigneeId: 'p-sophie' }),
      response('2.2', 'not_applicable', { naReason: 'We have no inpatients.' }),
    ],
    reviewerRatings: [],
    serviceLeads: [ella],
    team: [{ personId: 'p-lead', name: 'Catherine Lowe', email: 'c@kch.example', role: 'lead_reviewer' }],
    people: new Map([ella, jamal, sophie].map((p) => [p.personId, p])),
    ...overrides,
  };
}

describe('the visit agenda', () => {
  it('lists the themes this assessment rates, with how many standards each has', () => {
    expect(buildVisitAgenda(input()).themes).toEqual([
      { code: '1', title: 'Integrated patient care', standardCount: 3 },
      { code: '2', title: 'Patient and community involvement', standardCount: 2 },
    ]);
  });

  it('puts the standards where the service and the reviewers differ most first, and leaves out those that agree', () => {
    const agenda = buildVisitAgenda(
      input({
        reviewerRatings: [
          { standardCode: '1.1', rating: 'partly_met' },
          { standardCode: '1.2', rating: 'partly_met' },
          { standardCode: '2.1', rating: 'not_met' },
          { standardCode: '2.1', rating: 'partly_met' },
          { standardCode: '1.3', rating: 'not_applicable' },
        ],
      }),
    );
    expect(agenda.focus.basis).toBe('rating_differences');
    expect(agenda.focus.items.map((i) => i.standardCode)).toEqual(['2.1', '1.1']);
    expect(agenda.focus.items[0]).toMatchObject({ self: 'met', reviewers: ['not_met', 'partly_met'], gap: 2 });
  });

  it('says when no reviewer has rated yet and lists what the service rated not met, then partly met', () => {
    const agenda = buildVisitAgenda(input());
    expect(agenda.focus.basis).toBe('service_concerns');
    expect(agenda.focus.items.map((i) => [i.standardCode, i.self])).toEqual([
      ['1.3', 'not_met'],
      ['1.2', 'partly_met'],
    ]);
  });

  it('finds rated standards with no evidence, and N/A ratings whose reason is too thin to accept', () => {
    const agenda = buildVisitAgenda(
      input({
        responses: [
          response('1.1', 'met', { evidenceIds: [] }),
          response('1.2', null, { evidenceIds: [] }),
          response('2.1', 'not_applicable', { naReason: 'N/A', evidenceIds: [] }),
          response('2.2', 'not_applicable', {
            naReason: 'The service sees adults only, so carers of children are not part of its work.',
          }),
        ],
      }),
    );
    expect(agenda.evidenceGaps.map((g) => [g.standardCode, g.problem])).toEqual([
      ['1.1', 'no_evidence'],
      ['2.1', 'weak_na_reason'],
    ]);
  });

  it('names the service lead, the contributors of each theme and the team as the people to meet', () => {
    const { people } = buildVisitAgenda(input());
    expect(people.serviceLeads).toEqual([ella]);
    expect(people.contributorsByTheme).toEqual([
      { themeCode: '1', title: 'Integrated patient care', people: [jamal, sophie] },
      { themeCode: '2', title: 'Patient and community involvement', people: [sophie] },
    ]);
    expect(people.team.map((m) => m.role)).toEqual(['lead_reviewer']);
  });
});
