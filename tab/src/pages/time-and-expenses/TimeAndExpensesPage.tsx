import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { ClaimView } from '../../api/types';
import {
  CLAIM_ACTIVITY_LABELS,
  CLAIM_STATUS_LABELS,
  EXPENSE_CATEGORY_LABELS,
  expensesTotal,
  formatPounds,
} from '../../../../src/domain/reviewer-claim';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { ActionNotice } from '../../ui/ActionNotice';
import { PageHeader } from '../../ui/PageHeader';
import { ClaimForm } from './ClaimForm';
import { saveFile } from '../../ui/save-file';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  big: { minHeight: '44px' },
  section: { marginTop: tokens.spacingVerticalXL },
});

function hoursText(hours: number): string {
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

function ClaimCard({
  claim,
  showName,
  onMove,
}: {
  claim: ClaimView;
  showName: boolean;
  onMove?: ((claim: ClaimView, to: 'approved' | 'paid') => void) | undefined;
}) {
  const styles = useStyles();
  const title = `${formatDate(claim.date)}: ${CLAIM_ACTIVITY_LABELS[claim.activity]}`;
  return (
    <li className={styles.card} aria-label={showName ? `${claim.personName}, ${title}` : title}>
      <Text block as="h3" size={400} weight="semibold" className={styles.heading}>
        {showName ? `${claim.personName}, ${title}` : title}
      </Text>
      {claim.reviewName ? <Text className={styles.muted}>Review: {claim.reviewName}</Text> : null}
      <Text>
        {hoursText(claim.hours)}
        {claim.expenses.length > 0 ? `, expenses ${formatPounds(expensesTotal(claim))}` : ''}
      </Text>
      {claim.expenses.map((e, i) => (
        <Text key={i} className={styles.muted}>
          {EXPENSE_CATEGORY_LABELS[e.category]}: {formatPounds(e.amountPence)}
          {e.note ? ` (${e.note})` : ''}
        </Text>
      ))}
      <Text weight="semibold">{CLAIM_STATUS_LABELS[claim.status]}</Text>
      {onMove && claim.status !== 'paid' ? (
        <div className={styles.actions}>
          {claim.status === 'submitted' ? (
            <Button className={styles.big} appearance="primary" onClick={() => onMove(claim, 'approved')}>
              Approve
            </Button>
          ) : (
            <Button className={styles.big} appearance="primary" onClick={() => onMove(claim, 'paid')}>
              Mark paid
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}

/**
 * Time and expenses: an expert by experience records their own days and sees where each claim stands; the
 * network team sees everyone's, approves, marks paid and downloads them for finance. Which of these a person
 * sees is what the API allows them.
 */
export function TimeAndExpensesPage() {
  const styles = useStyles();
  const { api, me } = useApp();
  const manage = me.allowed.manage_time_and_expenses.allowed;
  const page = useLoad(() => api.claims(manage), `${me.person.id}:${String(manage)}`);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  const move = async (claim: ClaimView, to: 'approved' | 'paid') => {
    try {
      await api.moveClaim(claim.id, { to, version: claim.version });
      setNotice({
        intent: 'success',
        text: `${claim.personName}'s claim for ${formatDate(claim.date)} is ${to === 'approved' ? 'approved' : 'marked paid'}.`,
      });
      page.reload();
    } catch (error) {
      setNotice({ intent: 'error', text: messageOf(error) });
    }
  };

  const download = async (format: 'csv' | 'xlsx') => {
    try {
      saveFile(await api.claimsExport(format), `Time and expenses ${new Date().toISOString().slice(0, 10)}.${format}`);
    } catch (error) {
      setNotice({ intent: 'error', text: messageOf(error) });
    }
  };

  return (
    <>
      <PageHeader
        title="Time and expenses"
        subtitle={
          manage
            ? 'Claims from experts by experience: approve them, mark them paid, and download them for finance.'
            : 'Record the time you spent and what you paid out, and see where each claim is.'
        }
        actions={
          manage ? (
            <>
              <Button className={styles.big} onClick={() => void download('csv')}>
                Download for finance (CSV)
              </Button>
              <Button className={styles.big} onClick={() => void download('xlsx')}>
                Download for finance (Excel)
              </Button>
            </>
          ) : undefined
        }
      />
      <ActionNotice result={notice} />
      <LoadView state={page} onRetry={page.reload} loadingLabel="Finding the claims…">
        {({ claims, reviews, allowed }) => (
          <>
            {!manage && allowed.record.allowed ? (
              <ClaimForm
                reviews={reviews}
                onSaved={() => {
                  setNotice({ intent: 'success', text: 'Your claim is sent. The network team will approve it.' });
                  page.reload();
                }}
              />
            ) : null}
            <section className={styles.section} aria-labelledby="claims-heading">
              <Text block as="h2" size={500} weight="semibold" id="claims-heading">
                {manage ? "Everyone's claims" : 'Your claims'}
              </Text>
              {claims.length === 0 ? (
                <Text block as="p">
                  {manage ? 'No claims yet.' : 'You have not sent a claim yet.'}
                </Text>
              ) : (
                <ul className={styles.list} data-testid="claims">
                  {claims.map((c) => (
                    <ClaimCard
                      key={c.id}
                      claim={c}
                      showName={manage}
                      onMove={manage ? (claim, to) => void move(claim, to) : undefined}
                    />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </LoadView>
    </>
  );
}
