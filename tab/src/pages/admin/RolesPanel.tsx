import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { Organisation, Person, Role, RoleAssignment, Scope, Service } from '../../api/types';
import { ROLE_LABELS } from '../../../../src/domain/labels';
import { isReviewerRole } from '../../../../src/domain/review';
import { formatDate } from '../../ui/dates';
import { AdminForm } from './AdminForm';
import { scopeLabel } from './scope-label';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useSubmit } from './use-submit';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL },
  heading: { margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
});

const SCOPE_FOR_ROLE: Readonly<Record<Role, Scope['kind']>> = {
  network_admin: 'network',
  organisational_lead: 'organisation',
  service_lead: 'service',
  contributor: 'service',
  viewer: 'organisation',
  // A reviewer role given here marks a trained reviewer in the pool; a place on a review comes from building its
  // team (Network admin > Review teams).
  lead_reviewer: 'network',
  peer_reviewer: 'network',
  expert_by_experience: 'network',
  // The network's recognition panel decides across the network.
  recognition_panel: 'network',
};

/** The roles one person holds, each removable, and a form to give another. */
export function RolesPanel(props: {
  person: Person;
  roles: readonly RoleAssignment[];
  organisations: readonly Organisation[];
  services: readonly Service[];
  onChanged: (notice: string) => void;
}) {
  const { person, roles, organisations, services, onChanged } = props;
  const styles = useStyles();
  const { api } = useApp();
  const submit = useSubmit();
  const [role, setRole] = useState<Role>('contributor');
  const [target, setTarget] = useState('');
  const [trainedOn, setTrainedOn] = useState('');
  const reviewer = isReviewerRole(role);
  const kind = SCOPE_FOR_ROLE[role];
  const scope = (): Scope =>
    kind === 'network'
      ? { kind }
      : kind === 'organisation'
        ? { kind, organisationId: target }
        : kind === 'service'
          ? { kind, serviceId: target }
          : { kind, assessmentId: target };
  const add = async () => {
    const done = await submit.run(
      () =>
        api.assignRole({
          personId: person.id,
          role,
          scope: scope(),
          ...(reviewer && trainedOn ? { trainedOn } : {}),
        }),
      () => 'Role given.',
    );
    if (done) {
      setTrainedOn('');
      onChanged(
        reviewer && done.trainedOn
          ? `${person.displayName} is a trained ${ROLE_LABELS[role].toLowerCase()}, trained on ${formatDate(done.trainedOn)}.`
          : `${person.displayName} is now ${ROLE_LABELS[role].toLowerCase()} for ${scopeLabel(done.scope, organisations, services)}.`,
      );
    }
  };
  const remove = async (assignment: RoleAssignment) => {
    const done = await submit.run(
      async () => {
        await api.removeRole(assignment.id, assignment.version);
        return true;
      },
      () => 'Role removed.',
    );
    if (done) onChanged(`${person.displayName} is no longer ${ROLE_LABELS[assignment.role].toLowerCase()}.`);
  };
  return (
    <section aria-labelledby="roles-title">
      <Text block as="h2" size={500} weight="semibold" id="roles-title" className={styles.heading}>
        Roles of {person.displayName}
      </Text>
      {roles.length === 0 ? <Text block>No roles yet.</Text> : null}
      <ul className={styles.list}>
        {roles.map((r) => (
          <li key={r.id}>
            {ROLE_LABELS[r.role]} for {scopeLabel(r.scope, organisations, services)}
            {r.trainedOn ? `, trained ${formatDate(r.trainedOn)}` : ''}{' '}
            <Button
              size="small"
              onClick={() => void remove(r)}
              aria-label={`Remove ${ROLE_LABELS[r.role]} for ${scopeLabel(r.scope, organisations, services)}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <AdminForm
        title={`Give ${person.displayName} a role`}
        state={submit}
        onSubmit={() => void add()}
        submitLabel="Give the role"
      >
        <SelectField
          label="Role"
          value={role}
          onChange={(v) => {
            setRole(v as Role);
            setTarget('');
          }}
          options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
          error={submit.fieldErrors['role']}
        />
        {kind === 'organisation' || kind === 'service' ? (
          <SelectField
            label={kind === 'organisation' ? 'Organisation' : 'Service'}
            required
            value={target}
            onChange={setTarget}
            placeholder="Choose"
            options={(kind === 'organisation' ? organisations : services).map((x) => ({ value: x.id, label: x.name }))}
            error={submit.fieldErrors['scope'] ?? submit.fieldErrors[`scope.${kind}Id`]}
          />
        ) : null}
        {reviewer ? (
          <TextField
            label="Date trained"
            type="date"
            hint="The day the person completed this role's training; it lasts two years. Give the role again with a later date to record a renewal."
            value={trainedOn}
            onChange={setTrainedOn}
            error={submit.fieldErrors['trainedOn']}
          />
        ) : null}
      </AdminForm>
    </section>
  );
}
