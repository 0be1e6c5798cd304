import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ACTION_STATUS_LABELS } from '../../../../src/domain/labels';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { ActionPlan, AssessmentDetail, AssessmentPerson, EvidenceRecord } from '../../api/types';
import { ActionNotice } from '../../ui/ActionNotice';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { PermittedButton } from '../../ui/PermittedButton';
import { ActionCard, type ActionCardHandlers } from './ActionCard';
import { ActionPlanSummary } from './ActionPlanSummary';
import { groupByTheme } from './action-plan-groups';
import { CompletionEvidenceUpload } from './CompletionEvidenceUpload';
import { FindingsWithoutAction } from './FindingsWithoutAction';
import { NewActionForm } from './NewActionForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  theme: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  // Cards, not a wide table: each action reflows to a phone's width.
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
});

interface Loaded {
  readonly detail: AssessmentDetail;
  readonly plan: ActionPlan;
  readonly evidence: readonly EvidenceRecord[];
  readonly people: readonly AssessmentPerson[];
}

/**
 * An assessment's action plan after its agreed review: the plan as a whole and theme by theme, each action with
 * owner, due date, status, progress notes and completion evidence. What each person may do comes from the API.
 */
export function ActionPlanPage({
  assessmentId,
  actionId,
}: {
  readonly assessmentId: string;
  readonly actionId?: string;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const loaded = useLoad(async (): Promise<Loaded> => {
    const [detail, plan, evidence, people] = await Promise.all([
      api.assessment(assessmentId),
      api.actionPlan(assessmentId),
      api.evidence(assessmentId),
      api.assessmentPeople(assessmentId),
    ]);
    return { detail, plan, evidence, people };
  }, assessmentId);
  // The finding a new action starts from: '' for a free-standing one, null while no form is open.
  const [creatingFrom, setCreatingFrom] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const handlers: ActionCardHandlers = {
    onMove: async (action, to, completion) => {
      await api.moveAction(assessmentId, action.id, {
        status: to,
        version: action.version,
        ...(completion ? { completion: { note: completion.note, evidenceIds: [...completion.evidenceIds] } } : {}),
      });
      setNotice(`"${action.title}" is now ${ACTION_STATUS_LABELS[to].toLowerCase()}.`);
      loaded.reload();
    },
    onNote: async (action, text) => {
      await api.addActionNote(assessmentId, action.id, { text, version: action.version });
      setNotice(`Progress note added to "${action.title}".`);
      loaded.reload();
    },
  };

  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Opening the action plan…"
      errorTitle="The action plan could not be opened"
    >
      {({ detail, plan, evidence, people }) => {
        const names = new Map(people.map((p) => [p.id, p.displayName]));
        for (const a of plan.actions) names.set(a.ownerId, a.ownerName);
        return (
          <div className={styles.page}>
            <PageHeader
              title={`Action plan: ${detail.subjectName}`}
              subtitle={`${detail.organisationName} · ${detail.cycleName}`}
              actions={
                <PermittedButton
                  appearance="primary"
                  permission={plan.allowed.create}
                  disabled={creatingFrom !== null}
                  onClick={() => setCreatingFrom('')}
                >
                  Add an action
                </PermittedButton>
              }
            />
            <nav className={styles.links} aria-label="Related pages">
              <RouteLink to={{ page: 'assessment', assessmentId }}>Open the self-assessment and its evidence</RouteLink>
            </nav>
            <ActionNotice text={notice} />
            {creatingFrom !== null ? (
              <NewActionForm
                key={creatingFrom}
                findings={plan.findingsWithoutAction}
                people={people}
                initialFindingId={creatingFrom === '' ? null : creatingFrom}
                onCancel={() => setCreatingFrom(null)}
                onSave={async (body) => {
                  const created = await api.addAction(assessmentId, body);
                  setCreatingFrom(null);
                  setNotice(`"${created.title}" is in the plan as proposed: accept it when it is agreed.`);
                  loaded.reload();
                }}
              />
            ) : null}
            <ActionPlanSummary plan={plan} />
            <FindingsWithoutAction
              findings={plan.findingsWithoutAction}
              permission={plan.allowed.create}
              onStart={(findingId) => setCreatingFrom(findingId)}
            />
            {groupByTheme(plan).map((group) => {
              const headingId = `actions-theme-${group.themeCode ?? 'none'}`;
              return (
                <section key={headingId} className={styles.theme} aria-labelledby={headingId}>
                  <Text as="h2" size={500} weight="semibold" id={headingId} className={styles.heading}>
                    {group.title}
                  </Text>
                  <Text>
                    {group.actions.length === 1 ? '1 action' : `${group.actions.length} actions`}
                    {group.overdueCount > 0 ? `, ${group.overdueCount} overdue` : ''}
                  </Text>
                  <ul className={styles.list} aria-label={`Actions of ${group.title}`}>
                    {group.actions.map((action) => (
                      <ActionCard
                        key={action.id}
                        action={action}
                        focused={action.id === actionId}
                        evidence={evidence}
                        names={names}
                        handlers={handlers}
                        evidencePanel={(a) => (
                          <CompletionEvidenceUpload
                            assessmentId={assessmentId}
                            action={a}
                            onAdded={(record) => {
                              setNotice(`"${record.fileName}" was added: choose it below.`);
                              loaded.reload();
                            }}
                          />
                        )}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        );
      }}
    </LoadView>
  );
}
