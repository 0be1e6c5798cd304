import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { ConflictDeclaration, MyReviewing } from '../../api/types';
import { ASSESSMENT_STATE_LABELS, ROLE_LABELS } from '../../../../src/domain/labels';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { FormMessages } from '../admin/FormMessages';
import { SectionNotice } from '../admin/SectionNotice';
import { SelectField } from '../admin/SelectField';
import { TextField } from '../admin/TextField';
import { useSubmit } from '../admin/use-submit';
import { visitText } from '../admin/review-teams/visit-text';
import { trainingText } from '../shared/training-text';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL },
  list: { display: 'grid', gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL, margin: 0 },
  lapsed: { color: tokens.colorPaletteRedForeground1 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    marginTop: tokens.spacingVerticalL,
    // A select is as wide as its longest option (an NHS trust's full name): at 320 CSS px it must shrink to fit.
    '& .fui-Select': { minWidth: 0, maxWidth: '100%' },
    '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  },
});

/**
 * A reviewer's own page: their training and when it needs renewing, the reviews they are on this cycle, and the
 * conflicts of interest they declare (so they are never asked to review where they should not).
 */
export function MyReviewingPage() {
  const { me, api } = useApp();
  const permission = me.allowed.declare_conflict;
  const data = useLoad(async () => {
    if (!permission.allowed) return null;
    const [reviewing, conflicts] = await Promise.all([api.myReviewing(), api.myConflicts(me.person.id)]);
    return { reviewing, conflicts };
  }, `reviewing:${me.person.id}`);
  if (!permission.allowed) return <PageHeader title="My reviewing" subtitle={permission.reason} />;
  return (
    <>
      <PageHeader title="My reviewing" />
      <LoadView state={data} onRetry={data.reload}>
        {(loaded) =>
          loaded === null ? null : (
            <ReviewingSections reviewing={loaded.reviewing} conflicts={loaded.conflicts} onChanged={data.reload} />
          )
        }
      </LoadView>
    </>
  );
}

function ReviewingSections({
  reviewing,
  conflicts,
  onChanged,
}: {
  reviewing: MyReviewing;
  conflicts: readonly ConflictDeclaration[];
  onChanged: () => void;
}) {
  const styles = useStyles();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <section aria-labelledby="training-title" className={styles.section}>
        <Text block as="h2" size={500} weight="semibold" id="training-title">
          My training
        </Text>
        {reviewing.training.length === 0 ? (
          <Text block>No reviewer training is on record for you. Ask the network team to record it.</Text>
        ) : (
          <ul className={styles.list}>
            {reviewing.training.map((t) => (
              <li key={t.role} className={t.valid ? undefined : styles.lapsed}>
                {trainingText(t)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reviews-title" className={styles.section}>
        <Text block as="h2" size={500} weight="semibold" id="reviews-title">
          My reviews{reviewing.cycle ? ` in ${reviewing.cycle.name}` : ''}
        </Text>
        {reviewing.reviews.length === 0 ? (
          <Text block>You are not on a review team this cycle.</Text>
        ) : (
          <ul className={styles.list}>
            {reviewing.reviews.map((r) => (
              <li key={r.assessmentId}>
                <Link href={`/assessments/${encodeURIComponent(r.assessmentId)}/review`}>
                  {r.serviceName ?? r.organisationName}
                  {r.serviceName ? `, ${r.organisationName}` : ''}
                </Link>
                <Text block>
                  {ROLE_LABELS[r.role]}; visit{' '}
                  {visitText({ visitDate: r.visit.date, startTime: r.visit.startTime ?? null, format: r.visit.format })}
                  ; {ASSESSMENT_STATE_LABELS[r.state].toLowerCase()}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="conflicts-title" className={styles.section}>
        <Text block as="h2" size={500} weight="semibold" id="conflicts-title">
          My conflicts of interest
        </Text>
        <Text block>
          Declare any organisation or service you should not review (for example where you worked recently, or where
          someone close to you works). You will not be put on its review team.
        </Text>
        <SectionNotice text={notice} />
        <ConflictList
          conflicts={conflicts}
          reviewing={reviewing}
          onWithdrawn={(text) => {
            setNotice(text);
            onChanged();
          }}
        />
        <DeclareConflictForm
          reviewing={reviewing}
          onDeclared={(text) => {
            setNotice(text);
            onChanged();
          }}
        />
      </section>
    </>
  );
}

/** "COAST early intervention service, South London and Maudsley..." or the organisation alone. */
function conflictSubject(c: ConflictDeclaration, reviewing: MyReviewing): string {
  const organisation = reviewing.organisations.find((o) => o.id === c.organisationId);
  const organisationName = organisation?.name ?? c.organisationId;
  if (c.serviceId === null) return `${organisationName} (the whole organisation)`;
  const service = organisation?.services.find((s) => s.id === c.serviceId);
  return `${service?.name ?? c.serviceId}, ${organisationName}`;
}

function ConflictList({
  conflicts,
  reviewing,
  onWithdrawn,
}: {
  conflicts: readonly ConflictDeclaration[];
  reviewing: MyReviewing;
  onWithdrawn: (notice: string) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const submit = useSubmit();
  const withdraw = async (c: ConflictDeclaration) => {
    const done = await submit.run(
      async () => {
        await api.withdrawConflict(c.id, c.version);
        return true;
      },
      () => 'Withdrawn.',
    );
    if (done) onWithdrawn(`Your conflict of interest with ${conflictSubject(c, reviewing)} is withdrawn.`);
  };
  if (conflicts.length === 0) return <Text block>You have declared no conflicts of interest.</Text>;
  return (
    <>
      {submit.formError ? (
        <Text block role="alert" className={styles.lapsed}>
          {submit.formError}
        </Text>
      ) : null}
      <ul className={styles.list} aria-label="Declared conflicts of interest">
        {conflicts.map((c) => {
          const subject = conflictSubject(c, reviewing);
          return (
            <li key={c.id}>
              <Text weight="semibold">{subject}</Text>
              <Text block>
                “{c.reason}”, declared {formatDate(c.declaredAt)}
              </Text>
              <Button
                size="small"
                disabled={submit.busy}
                onClick={() => void withdraw(c)}
                aria-label={`Withdraw the conflict with ${subject}`}
              >
                Withdraw
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function DeclareConflictForm({
  reviewing,
  onDeclared,
}: {
  reviewing: MyReviewing;
  onDeclared: (notice: string) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const submit = useSubmit();
  const [organisationId, setOrganisationId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [reason, setReason] = useState('');
  const organisation = reviewing.organisations.find((o) => o.id === organisationId);
  const declare = async () => {
    const done = await submit.run(
      () => api.declareConflict({ organisationId, serviceId: serviceId || null, reason }),
      () => 'Declared.',
    );
    if (done) {
      onDeclared(`Your conflict of interest with ${conflictSubject(done, reviewing)} is on record.`);
      setOrganisationId('');
      setServiceId('');
      setReason('');
    }
  };
  return (
    <form
      className={styles.form}
      aria-labelledby="declare-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void declare();
      }}
    >
      <Text block as="h3" size={400} weight="semibold" id="declare-title">
        Declare a conflict of interest
      </Text>
      <FormMessages state={submit} />
      <SelectField
        label="Organisation"
        required
        value={organisationId}
        onChange={(v) => {
          setOrganisationId(v);
          setServiceId('');
        }}
        placeholder="Choose"
        options={reviewing.organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={submit.fieldErrors['organisationId']}
      />
      <SelectField
        label="Service"
        value={serviceId}
        onChange={setServiceId}
        placeholder="The whole organisation"
        options={(organisation?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
        error={submit.fieldErrors['serviceId']}
      />
      <TextField
        label="Reason"
        required
        multiline
        hint='For example "I worked in this service until 2025".'
        value={reason}
        onChange={setReason}
        error={submit.fieldErrors['reason']}
      />
      <div>
        <Button type="submit" appearance="primary" disabled={submit.busy}>
          {submit.busy ? 'Declaring…' : 'Declare the conflict'}
        </Button>
      </div>
    </form>
  );
}
