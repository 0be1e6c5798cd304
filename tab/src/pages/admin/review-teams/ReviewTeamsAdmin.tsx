import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { useLoad } from '../../../app/use-load';
import type { AssessmentState, ReviewTeamRow } from '../../../api/types';
import { ASSESSMENT_STATE_LABELS } from '../../../../../src/domain/labels';
import { LoadView } from '../../../ui/LoadView';
import { SectionNotice } from '../SectionNotice';
import { SelectField } from '../SelectField';
import { ReviewTeamEditor } from './ReviewTeamEditor';
import { subjectName } from './subject-name';
import { visitText } from './visit-text';
import { TableRegion } from '../../../ui/TableRegion';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalM,
  },
  breaks: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Network admin > Review teams: the cycle's assessments with the state of their teams; choosing one opens the
 * team editor, so nobody types an assessment id.
 */
export function ReviewTeamsAdmin() {
  const styles = useStyles();
  const { api } = useApp();
  const [cycleId, setCycleId] = useState('');
  const [state, setState] = useState<AssessmentState | ''>('');
  const [chosen, setChosen] = useState<ReviewTeamRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = useLoad(
    () => api.reviewTeams({ ...(cycleId ? { cycleId } : {}), ...(state ? { state } : {}) }),
    `review-teams:${cycleId}:${state}`,
  );
  if (chosen) {
    return (
      <ReviewTeamEditor
        row={chosen}
        onClose={(saved) => {
          setChosen(null);
          setNotice(saved);
          data.reload();
        }}
      />
    );
  }
  return (
    <section aria-labelledby="review-teams-title">
      <Text block as="h2" size={500} weight="semibold" id="review-teams-title">
        Choose an assessment to build its review team
      </Text>
      <SectionNotice text={notice} />
      <LoadView state={data} onRetry={data.reload}>
        {(list) => (
          <>
            <div className={styles.filters}>
              <SelectField
                label="Cycle"
                value={cycleId || (list.cycle?.id ?? '')}
                onChange={setCycleId}
                options={list.cycles.map((c) => ({ value: c.id, label: c.name }))}
              />
              <SelectField
                label="State"
                value={state}
                onChange={(v) => setState(v as AssessmentState | '')}
                placeholder="Any state"
                options={Object.entries(ASSESSMENT_STATE_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </div>
            {list.rows.length === 0 ? (
              <Text block>No assessments in this cycle match.</Text>
            ) : (
              <TableRegion label="Assessments and their review teams">
                <Table aria-label="Assessments and their review teams">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Service</TableHeaderCell>
                      <TableHeaderCell>Trust</TableHeaderCell>
                      <TableHeaderCell>State</TableHeaderCell>
                      <TableHeaderCell>Team</TableHeaderCell>
                      <TableHeaderCell>Visit</TableHeaderCell>
                      <TableHeaderCell>Change</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {list.rows.map((row) => (
                      <TableRow key={row.assessmentId}>
                        <TableCell>{subjectName(row)}</TableCell>
                        <TableCell>{row.organisationName}</TableCell>
                        <TableCell>{ASSESSMENT_STATE_LABELS[row.state]}</TableCell>
                        <TableCell>
                          {row.team === null ? (
                            'No team yet'
                          ) : (
                            <>
                              {row.team.members === 1 ? '1 member' : `${row.team.members} members`}
                              {row.team.brokenRules > 0 ? (
                                <span className={styles.breaks}>
                                  {', '}
                                  breaks {row.team.brokenRules === 1 ? 'a rule' : `${row.team.brokenRules} rules`}
                                </span>
                              ) : (
                                ', keeps every rule'
                              )}
                            </>
                          )}
                        </TableCell>
                        <TableCell>{row.team === null ? 'Not set' : visitText(row.team)}</TableCell>
                        <TableCell>
                          <Button
                            size="small"
                            onClick={() => {
                              setNotice(null);
                              setChosen(row);
                            }}
                            aria-label={`${row.team === null ? 'Build the team' : 'Change the team'} for ${subjectName(row)}, ${row.organisationName}`}
                          >
                            {row.team === null ? 'Build the team' : 'Change the team'}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableRegion>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}
