import { JSDOM } from 'jsdom';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

/**
 * The public questionnaire page as a patient's phone sees it, with no JavaScript: the form, every refusal as a
 * page in plain words with nothing stored, one answer per device, and a new link that replaces the old one.
 */
const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';
const FRAMEWORK = 'fw-mind-body-v1';
const PATIENTS = STARTER_QUESTIONNAIRES[1]!;
const CARERS = STARTER_QUESTIONNAIRES[2]!;
/** Every required question of the starter patient questionnaire answered, as the browser sends the form. */
const ALL_ANSWERED: Record<string, string> = {
  'choices.P1': 'agree',
  'choices.P2': 'yes',
  'choices.P3': 'no',
  'choices.P4': 'agree',
  'choices.P5': 'strongly_agree',
  'choices.P6': 'agree',
  'choices.P7': 'neither',
  'choices.P8': 'yes',
  'texts.P9': '',
  website: '',
};

interface Opened {
  readonly token: string;
  readonly publicLink: string;
  readonly run: { id: string; version: number; answers: number; oneAnswerPerDevice: boolean };
}
interface PageAnswer {
  readonly status: number;
  readonly text: string;
  readonly document: Document;
  readonly headers: Headers;
}

async function importQuestionnaire(admin: Client, draft: (typeof STARTER_QUESTIONNAIRES)[number]): Promise<string> {
  const res = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
    format: 'json',
    content: exportQuestionnaireJson(draft),
    frameworkId: FRAMEWORK,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

function textOf(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('the public questionnaire page (no JavaScript, no sign-in)', () => {
  let h: Harness;
  let lead: Client;
  let patients: Opened;
  let carers: Opened;
  let address = 0;
  /** Each call comes from another address (one trusted proxy, as on App Service), unless one is given. */
  const nextAddress = () => `198.51.100.${(address += 1)}`;

  const page = async (
    path: string,
    options: { form?: Record<string, string>; cookie?: string; from?: string } = {},
  ): Promise<PageAnswer> => {
    const headers: Record<string, string> = { 'x-forwarded-for': options.from ?? nextAddress() };
    if (options.cookie) headers['cookie'] = options.cookie;
    if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(`${h.baseUrl}${path}`, {
      method: options.form ? 'POST' : 'GET',
      headers,
      ...(options.form ? { body: new URLSearchParams(options.form).toString() } : {}),
    });
    const text = await res.text();
    return { status: res.status, text, document: new JSDOM(text).window.document, headers: res.headers };
  };
  const shortPath = (opened: Opened) => new URL(opened.publicLink).pathname;
  const answers = async (opened: Opened): Promise<number> => {
    const runs = await lead.get<{ id: string; answers: number }[]>(`${ASSESSMENT}/questionnaire-runs`);
    return runs.body.find((r) => r.id === opened.run.id)?.answers ?? -1;
  };
  const storedComments = async () =>
    (await h.app.ports.store.query('questionnaireComment', { runId: patients.run.id })).length;

  beforeAll(async () => {
    h = await startHarness({ env: { TRUSTED_PROXY_HOPS: '1', PUBLIC_URL: 'http://localhost:3978' } });
    const admin = await h.signIn(EMAILS.admin);
    const patientsId = await importQuestionnaire(admin, PATIENTS);
    const carersId = await importQuestionnaire(admin, CARERS);
    lead = await h.signIn(EMAILS.coastLead);
    const open = async (body: Record<string, unknown>): Promise<Opened> => {
      const res = await lead.send<Opened>('POST', `${ASSESSMENT}/questionnaire-runs`, {
        closesAt: '2026-12-31T17:00:00Z',
        ...body,
      });
      expect(res.status).toBe(201);
      return res.body;
    };
    patients = await open({ questionnaireId: patientsId });
    carers = await open({ questionnaireId: carersId, oneAnswerPerDevice: false });
  });
  afterAll(() => h.close());

  it('gives the lead the absolute short link beside the token, on the public address', () => {
    expect(patients.publicLink).toBe(`http://localhost:3978/q/${patients.token}`);
    expect(patients.run.oneAnswerPerDevice).toBe(true);
    expect(carers.run.oneAnswerPerDevice).toBe(false);
  });

  it('shows a small plain form: a fieldset and legend per question, labelled choices, the reminder beside free text', async () => {
    const { status, text, document, headers } = await page(shortPath(patients));
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Buffer.byteLength(text)).toBeLessThan(12 * 1024);
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.title).toBe(PATIENTS.title);

    const form = document.querySelector('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe(shortPath(patients));
    const legends = textOf(document, 'fieldset > legend');
    expect(legends).toHaveLength(8);
    expect(legends[0]).toBe(`1. ${PATIENTS.items[0]!.text}`);
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      expect(document.querySelector(`label[for="${radio.id}"]`)?.textContent?.trim()).not.toBe('');
    }
    expect(textOf(document, 'label[for="q1-1"]')).toEqual(['Strongly agree']);

    const freeText = document.querySelector('textarea')!;
    expect(textOf(document, `label[for="${freeText.id}"]`)[0]).toContain(PATIENTS.items[8]!.text);
    const reminder = freeText
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(reminder).toContain('Please do not name anyone');

    // The honeypot is in the form under the name the JSON route uses, hidden by the stylesheet, out of the tab order.
    const honeypot = document.querySelector<HTMLInputElement>('input[name=website]')!;
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.closest('.hp')).not.toBeNull();

    // Nothing that would run, nothing inline the policy forbids, and no personal details asked.
    expect(document.querySelectorAll('script, style, [style]')).toHaveLength(0);
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect([...document.querySelectorAll('input[type=text], input[type=email], input[type=tel]')]).toEqual([honeypot]);
    // Nothing about the service, its trust or anyone in it (its results are never read for the page).
    expect(text).not.toMatch(/COAST|South London|SLaM|Ella Morgan|svc-|org-/);
  });

  it('serves the stylesheet as a file the page links to, for browsers to keep', async () => {
    const { document } = await page(shortPath(patients));
    const href = document.querySelector('link[rel=stylesheet]')!.getAttribute('href')!;
    const res = await fetch(`${h.baseUrl}${href}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const css = await res.text();
    expect(css).toContain('prefers-color-scheme:dark');
    expect(css).toContain('min-height:44px');
    expect(css).toContain(':focus-visible');
  });

  it('lists every problem at the top, each linked to its question, keeps what was typed and stores nothing', async () => {
    const before = await answers(patients);
    const { status, document } = await page(shortPath(patients), {
      form: {
        ...ALL_ANSWERED,
        'choices.P2': '',
        'choices.P5': '',
        'choices.P1': 'disagree',
        'texts.P9': 'Kind & <b>quick</b>',
      },
    });
    expect(status).toBe(422);
    expect(document.title).toBe(`Error: ${PATIENTS.title}`);
    const summary = document.querySelector('.error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['Please answer question 2.', 'Please answer question 5.']);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    expect(document.querySelector('#q2 .error-message')?.textContent).toBe('Please answer question 2.');
    // What was typed is kept, escaped, not run as markup.
    expect(document.querySelector<HTMLInputElement>('input[name="choices.P1"][value=disagree]')?.checked).toBe(true);
    expect(document.querySelector('textarea')?.value).toBe('Kind & <b>quick</b>');
    expect(await answers(patients)).toBe(before);
  });

  it('asks for a free text over 2,000 characters to be shortened, keeping it, and stores nothing', async () => {
    const before = await answers(patients);
    const long = 'x'.repeat(2001);
    const { status, document } = await page(shortPath(patients), { form: { ...ALL_ANSWERED, 'texts.P9': long } });
    expect(status).toBe(422);
    expect(textOf(document, '.error-summary a')).toEqual([
      'Your answer to question 9 is 2001 characters long; please shorten it to 2,000 characters or fewer.',
    ]);
    expect(document.querySelector('textarea')?.value).toBe(long);
    expect(document.querySelector('textarea')?.getAttribute('aria-invalid')).toBe('true');
    expect(await answers(patients)).toBe(before);
  });

  it('refuses a form whose hidden field was filled, saying so at the top, and stores nothing', async () => {
    const before = await answers(patients);
    const { status, document } = await page(shortPath(patients), {
      form: { ...ALL_ANSWERED, website: 'http://spam.example' },
    });
    expect(status).toBe(422);
    expect(textOf(document, '.error-summary li')).toEqual([
      'Your answer could not be accepted. Leave the field marked "leave this empty" blank and send it again.',
    ]);
    expect(await answers(patients)).toBe(before);
  });

  it('thanks the person, then tells the same device kindly that it has already answered, storing nothing more', async () => {
    const before = await answers(patients);
    const comments = await storedComments();
    const sent = await page(shortPath(patients), { form: { ...ALL_ANSWERED, 'texts.P9': 'The nurse was kind.' } });
    expect(sent.status).toBe(200);
    expect(textOf(sent.document, 'h1')).toEqual(['Thank you']);
    expect(sent.text).toContain('Thank you. Your answer has been saved.');
    expect(await answers(patients)).toBe(before + 1);
    expect(await storedComments()).toBe(comments + 1);

    const cookie = sent.headers.get('set-cookie')!;
    const attributes = cookie.split(';').map((a) => a.trim());
    expect(attributes).toEqual(
      expect.arrayContaining([
        `Path=${shortPath(patients)}`,
        'HttpOnly',
        'SameSite=Lax',
        expect.stringMatching(/^Expires=Thu, 31 Dec 2026 17:00:00 GMT$/),
      ]),
    );
    expect(attributes).not.toContain('Secure'); // the public address here is http
    const [pair] = attributes;
    expect(pair).toBe('qin_answered=1'); // says only "answered": nothing about the person or the device

    const again = await page(shortPath(patients), { cookie: pair! });
    expect(again.status).toBe(200);
    expect(again.document.querySelector('form')).toBeNull();
    expect(again.text).toContain('You have already answered this questionnaire on this device.');

    const twice = await page(shortPath(patients), { cookie: pair!, form: ALL_ANSWERED });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('You have already answered this questionnaire on this device.');
    expect(await answers(patients)).toBe(before + 1);
    expect(await storedComments()).toBe(comments + 1);
  });

  it('lets a device answer again when the service opened the run for several answers per device', async () => {
    const form = Object.fromEntries(
      CARERS.items.flatMap((item) =>
        item.scale === 'free_text'
          ? []
          : [[`choices.${item.code}`, item.scale === 'yes_no_not_sure' ? 'yes' : 'agree']],
      ),
    );
    const first = await page(shortPath(carers), { form });
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toBeNull();
    const second = await page(shortPath(carers), { form, cookie: 'qin_answered=1' });
    expect(second.status).toBe(200);
    expect(await answers(carers)).toBe(2);
  });

  it('gives every unknown link the same plain page, whatever the token', async () => {
    const one = await page('/q/not-a-real-token');
    const other = await page(`/q/${'A'.repeat(300)}`);
    const posted = await page('/q/not-a-real-token', { form: ALL_ANSWERED });
    expect([one.status, other.status, posted.status]).toEqual([404, 404, 404]);
    expect(one.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(other.text).toBe(one.text);
    expect(posted.text).toBe(one.text);
    expect(one.text).toContain('This questionnaire link is not valid.');
  });

  it('refuses answers from one address beyond its limit with the form again and how long to wait, storing none', async () => {
    const before = await answers(patients);
    const from = '192.0.2.77';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1)
      statuses.push((await page(shortPath(patients), { form: ALL_ANSWERED, from })).status);
    expect(statuses).toEqual(Array(10).fill(200));
    const refused = await page(shortPath(patients), { form: { ...ALL_ANSWERED, 'choices.P1': 'disagree' }, from });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(textOf(refused.document, '.error-summary li')[0]).toMatch(
      /^Many answers have come from your connection in the last minute\. Please wait \d+ seconds and send your answer again\.$/,
    );
    expect(refused.document.querySelector<HTMLInputElement>('input[name="choices.P1"][value=disagree]')?.checked).toBe(
      true,
    );
    expect(await answers(patients)).toBe(before + 10);
  });

  it('replaces the link: the old one stops working at once, the new one works, and the answers are kept', async () => {
    const before = await answers(patients);
    const res = await lead.send<{ token: string; publicLink: string }>(
      'POST',
      `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(patients.run.id)}/new-link`,
    );
    expect(res.status).toBe(200);
    expect(res.body.token).not.toBe(patients.token);
    expect(res.body.publicLink).toBe(`http://localhost:3978/q/${res.body.token}`);
    expect((await page(shortPath(patients))).status).toBe(404);
    expect((await page(shortPath(patients), { form: ALL_ANSWERED })).status).toBe(404);
    const fresh = { ...patients, ...res.body };
    expect((await page(shortPath(fresh))).status).toBe(200);
    expect(await answers(patients)).toBe(before);
    patients = fresh;
  });

  it("refuses another service's lead a new link", async () => {
    const other = await h.signIn(EMAILS.cardioLead);
    const res = await other.send(
      'POST',
      `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(patients.run.id)}/new-link`,
    );
    expect(res.status).toBe(403);
  });

  it('shows its own page once the questionnaire has closed, and stores nothing sent to it', async () => {
    const before = await answers(patients);
    h.now.value = new Date('2027-01-01T09:00:00Z');
    const shown = await page(shortPath(patients));
    expect(shown.status).toBe(410);
    expect(shown.document.querySelector('form')).toBeNull();
    expect(shown.text).toContain('This questionnaire has closed, so answers are no longer taken.');
    const posted = await page(shortPath(patients), { form: ALL_ANSWERED });
    expect(posted.status).toBe(410);
    expect(posted.text).toBe(shown.text);
    expect(await answers(patients)).toBe(before);
  });
});
