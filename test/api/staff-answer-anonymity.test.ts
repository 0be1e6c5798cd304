import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { EMAILS, startHarness, type Harness } from './harness';

const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';
const STAFF = STARTER_QUESTIONNAIRES[0]!;
const ANSWER_KINDS = ['questionnaireAnswer', 'questionnaireComment', 'questionnaireTally'];

/** Three members of staff answer one after another, each with a first answer and a comment only they gave. */
const STAFF_ANSWERS = [
  { email: EMAILS.coastLead, s1: 'strongly_agree', comment: 'Comment of the first to answer.' },
  { email: EMAILS.coastContributorTheme4, s1: 'disagree', comment: 'Comment of the second to answer.' },
  { email: EMAILS.coastContributorTheme2, s1: 'neither', comment: 'Comment of the third to answer.' },
];
const OTHER_CHOICES = {
  S2: 'agree',
  S3: 'agree',
  S4: 'yes',
  S5: 'agree',
  S6: 'agree',
  S7: 'agree',
  S8: 'no',
  S9: 'agree',
};

interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly actor_id: string;
  readonly entity_kind: string;
}

/**
 * Someone who can read the SQLite file tries to tell which member of staff gave which answer. The marker that
 * stops a second answer names the person; nothing written with or after it may point at their answer.
 */
describe('a staff answer cannot be paired with the person who gave it (SQLite)', () => {
  let h: Harness;
  let folder: string;
  let db: Database.Database;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'qin-anonymity-'));
    h = await startHarness({ dbFile: path.join(folder, 'store.db') });
    const admin = await h.signIn(EMAILS.admin);
    const imported = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
      format: 'json',
      content: exportQuestionnaireJson(STAFF),
      frameworkId: 'fw-mind-body-v1',
    });
    const lead = await h.signIn(EMAILS.coastLead);
    const opened = await lead.send<{ run: { id: string } }>('POST', `${ASSESSMENT}/questionnaire-runs`, {
      questionnaireId: imported.body.id,
      closesAt: '2026-12-31T17:00:00Z',
    });
    const runId = encodeURIComponent(opened.body.run.id);
    for (const [index, person] of STAFF_ANSWERS.entries()) {
      h.now.value = new Date(Date.parse('2026-11-26T10:00:00Z') + index * 61_000);
      const member = await h.signIn(person.email);
      const saved = await member.send('POST', `/api/v1/staff-questionnaires/${runId}/answers`, {
        choices: { S1: person.s1, ...OTHER_CHOICES },
        texts: { S10: person.comment },
      });
      expect(saved.status).toBe(201);
    }
    db = new Database(path.join(folder, 'store.db'), { readonly: true });
  });
  afterAll(async () => {
    db?.close();
    await h.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('the audit log holds the "has answered" markers but no event of an answer, comment or count to pair them with', () => {
    const events = db
      .prepare<[], AuditRow>('SELECT seq, at, actor_id, entity_kind FROM audit_events ORDER BY seq')
      .all();
    const markers = events.filter((e) => e.entity_kind === 'questionnaireMarker');
    expect(markers).toHaveLength(STAFF_ANSWERS.length);
    // By order: whatever follows a marker in the log would be that person's answer (or the counts it moved).
    expect(events.filter((e) => ANSWER_KINDS.includes(e.entity_kind))).toEqual([]);
    // By time: every marker carries the day only, so no time of day tells them apart either.
    expect(new Set(markers.map((m) => m.at))).toEqual(new Set(['2026-11-26T00:00:00.000Z']));
  });

  it('answers and comments are kept in no order of arrival: no rowid to sort them by', () => {
    for (const table of ['questionnaire_answers', 'questionnaire_comments']) {
      expect(() => db.prepare(`SELECT rowid FROM ${table}`).all()).toThrow(/no such column: rowid/);
    }
  });

  it('every answer carries the same day and version, so neither tells one from another', () => {
    const answers = db
      .prepare<[], { version: number; data: string }>('SELECT version, data FROM questionnaire_answers')
      .all();
    expect(answers).toHaveLength(STAFF_ANSWERS.length);
    expect(new Set(answers.map((a) => a.version))).toEqual(new Set([1]));
    expect(new Set(answers.map((a) => (JSON.parse(a.data) as { answeredOn: string }).answeredOn))).toEqual(
      new Set(['2026-11-26']),
    );
  });
});
