import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RouteLink } from '../../../app/RouteLink';
import type { InformationRequestsView } from '../../../api/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { LoadView } from '../../../ui/LoadView';
import { PermittedButton } from '../../../ui/PermittedButton';
import { InformationAnswerForm } from './InformationAnswerForm';
import type { InformationRequests } from './use-information-requests';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    minWidth: 0,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalM },
});

function openCount(view: InformationRequestsView): number {
  return view.requests.flatMap((r) => r.items).filter((i) => i.answer === null).length;
}

/**
 * At the top of a returned self-assessment: everything the review team asked, an answer box for each, and the
 * way to hand the assessment back once all are answered (the API says when it may be, and why not yet).
 */
export function InformationRequestsPanel({
  assessmentId,
  information,
  onHandBack,
}: {
  readonly assessmentId: string;
  readonly information: InformationRequests;
  /** Resubmits the assessment to the review team (the page reloads once it has). */
  readonly onHandBack: () => Promise<void>;
}) {
  const styles = useStyles();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className={styles.panel} aria-labelledby="information-requests-title">
      <Text as="h2" size={500} weight="semibold" id="information-requests-title" className={styles.heading}>
        The review team asked for more information
      </Text>
      <LoadView
        state={information.state}
        onRetry={information.state.reload}
        loadingLabel="Reading what the team asked…"
      >
        {(view) =>
          view === null ? null : (
            <>
              <Text>
                {openCount(view) === 0
                  ? 'Every ask has an answer: hand the assessment back when you are ready.'
                  : `${openCount(view)} of ${view.requests.flatMap((r) => r.items).length} asks still need an answer. An ask about a standard also shows at that standard.`}
              </Text>
              {view.requests.map((request) => (
                <div key={request.at}>
                  {request.message ? <Text block>{request.message}</Text> : null}
                  <ol className={styles.list}>
                    {request.items.map((item) => (
                      <li key={item.id}>
                        <Text block weight="semibold">
                          {item.text}
                        </Text>
                        {item.standardCode ? (
                          <RouteLink
                            to={{
                              page: 'assessment',
                              assessmentId,
                              standardCode: item.standardCode,
                              themeCode: item.standardCode.split('.')[0] ?? item.standardCode,
                            }}
                          >
                            About standard {item.standardCode}
                          </RouteLink>
                        ) : null}
                        <InformationAnswerForm
                          item={item}
                          permission={view.allowed.answer}
                          onAnswer={(text) => information.answer(item.id, text)}
                        />
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
              <div>
                <PermittedButton
                  appearance="primary"
                  permission={view.allowed.hand_back}
                  disabled={busy}
                  onClick={() => {
                    setBusy(true);
                    setError(null);
                    onHandBack()
                      .catch((e: unknown) => setError(e))
                      .finally(() => setBusy(false));
                  }}
                >
                  Hand back to the review team
                </PermittedButton>
              </div>
              {error ? <ErrorMessage error={error} title="The assessment was not handed back" /> : null}
            </>
          )
        }
      </LoadView>
    </section>
  );
}
