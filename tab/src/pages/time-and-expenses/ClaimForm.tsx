import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { ClaimActivity, ClaimableReview, ExpenseCategory, ReviewerClaim } from '../../api/types';
import {
  CLAIM_ACTIVITIES,
  CLAIM_ACTIVITY_LABELS,
  claimProblems,
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  parsePounds,
} from '../../../../src/domain/reviewer-claim';
import { todayIso } from '../../ui/dates';
import { AdminForm } from '../admin/AdminForm';
import { useSubmit } from '../admin/use-submit';

const useStyles = makeStyles({
  // Large targets: experts by experience may use a phone, and not every hand is steady.
  big: { minHeight: '44px' },
  radio: { minHeight: '44px', alignItems: 'center' },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  amount: { maxWidth: '10rem' },
  lines: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

interface ExpenseDraft {
  readonly key: number;
  readonly category: ExpenseCategory;
  readonly amount: string;
  readonly note: string;
}

/** An expert by experience records one day: when, what, for which review, how long, and what they spent. */
export function ClaimForm({
  reviews,
  onSaved,
}: {
  reviews: readonly ClaimableReview[];
  onSaved: (claim: ReviewerClaim) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const submit = useSubmit();
  const [date, setDate] = useState(todayIso());
  const [activity, setActivity] = useState<ClaimActivity>(reviews.length > 0 ? 'visit' : 'training');
  const [assessmentId, setAssessmentId] = useState(reviews[0]?.assessmentId ?? '');
  const [hours, setHours] = useState('');
  const [expenses, setExpenses] = useState<ExpenseDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);

  const change = (key: number, patch: Partial<ExpenseDraft>) =>
    setExpenses((all) => all.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const send = async () => {
    const lines = expenses.map((e) => ({
      category: e.category,
      amountPence: parsePounds(e.amount) ?? 0,
      note: e.note,
    }));
    const claim = {
      date,
      activity,
      assessmentId: activity === 'training' ? null : assessmentId || null,
      hours: hours.trim() === '' ? 0 : Number(hours),
      expenses: lines,
    };
    // Every problem at once, each under its field, before anything is sent: an amount that is not money in the
    // browser's words, then the rules the API applies (src/domain), first problem of a field first.
    const problems: Record<string, string> = {};
    expenses.forEach((e, i) => {
      if (parsePounds(e.amount) === null)
        problems[`expenses.${i}.amountPence`] = 'Enter an amount in pounds, like 12.40.';
    });
    for (const { field, message } of claimProblems(claim, todayIso())) problems[field] ??= message;
    if (Object.keys(problems).length > 0) {
      submit.showProblems(problems);
      return;
    }
    const saved = await submit.run(
      () => api.recordClaim(claim),
      () => 'Your claim is sent. The network team will approve it, then it is paid.',
    );
    if (saved) {
      setHours('');
      setExpenses([]);
      onSaved(saved);
    }
  };

  return (
    <AdminForm
      title="Record your time and expenses"
      state={submit}
      onSubmit={() => void send()}
      submitLabel="Send claim"
    >
      <Field label="Date" required validationMessage={submit.fieldErrors['date']}>
        <Input className={styles.big} type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label="What did you do?" required validationMessage={submit.fieldErrors['activity']}>
        <RadioGroup value={activity} onChange={(_, d) => setActivity(d.value as ClaimActivity)}>
          {CLAIM_ACTIVITIES.map((a) => (
            <Radio key={a} className={styles.radio} value={a} label={CLAIM_ACTIVITY_LABELS[a]} />
          ))}
        </RadioGroup>
      </Field>
      {activity !== 'training' ? (
        <Field label="Which review was it for?" required validationMessage={submit.fieldErrors['assessmentId']}>
          <Select className={styles.big} value={assessmentId} onChange={(_, d) => setAssessmentId(d.value)}>
            {reviews.length === 0 ? <option value="">You are not on a review yet</option> : null}
            {reviews.map((r) => (
              <option key={r.assessmentId} value={r.assessmentId}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field
        label="Hours"
        hint="In quarter hours: 3.5 is three and a half hours, 0.25 is 15 minutes."
        validationMessage={submit.fieldErrors['hours']}
      >
        <Input
          className={styles.big}
          type="number"
          inputMode="decimal"
          step="0.25"
          min="0"
          value={hours}
          onChange={(_, d) => setHours(d.value)}
        />
      </Field>
      <ul className={styles.lines} aria-label="Your expenses">
        {expenses.map((e, i) => (
          <li key={e.key} className={styles.line}>
            <Field label={`Expense ${i + 1}: what for?`}>
              <Select
                className={styles.big}
                value={e.category}
                onChange={(_, d) => change(e.key, { category: d.value as ExpenseCategory })}
              >
                {EXPENSE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {EXPENSE_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={`Expense ${i + 1}: amount (£)`}
              validationMessage={submit.fieldErrors[`expenses.${i}.amountPence`]}
            >
              <Input
                className={mergeClasses(styles.big, styles.amount)}
                inputMode="decimal"
                value={e.amount}
                onChange={(_, d) => change(e.key, { amount: d.value })}
              />
            </Field>
            <Field label={`Expense ${i + 1}: note`} hint="For example: bus there and back">
              <Input className={styles.big} value={e.note} onChange={(_, d) => change(e.key, { note: d.value })} />
            </Field>
            <Button
              className={styles.big}
              onClick={() => setExpenses((all) => all.filter((x) => x.key !== e.key))}
              aria-label={`Remove expense ${i + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button
          className={styles.big}
          onClick={() => {
            setExpenses((all) => [...all, { key: nextKey, category: 'travel', amount: '', note: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          Add an expense
        </Button>
      </div>
    </AdminForm>
  );
}
