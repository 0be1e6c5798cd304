import { FRAMEWORK_STATUSES } from '../../domain/framework';
import { PROFESSIONS, ROLES } from '../../domain/network';
import { NOTIFICATION_CHANNELS } from '../../domain/notification-channels';
import { CYCLE_PHASES, type Cycle } from '../../domain/cycle';
import { choice, date, dateTime, IN_JSON, note, num, text, yesNo, type ColumnDeclarations } from './column-types';
import { organisationId, personId, words, copyOf, capitalised, PHASE_COLUMN_NAMES } from './shared-columns';

/** The network, its people and its cycles: which column each field is shown in on SharePoint (see kind-columns.ts). */
export const NETWORK_COLUMNS = {
  framework: {
    itemIs: 'one version of a quality framework (its themes and standards)',
    title: (f) => `${f.name} version ${f.versionNumber}`,
    fields: {
      key: text('FrameworkKey', 'Framework key', 'Groups the versions of one framework.'),
      name: text('FrameworkName', 'Framework', 'The framework’s name.'),
      versionNumber: num('VersionNumber', 'Version', 'The version number, from 1.'),
      status: choice('FrameworkStatus', 'Status', 'Draft, published (in use) or retired.', FRAMEWORK_STATUSES),
      illustrative: yesNo('Illustrative', 'Illustrative', 'Yes for the starter framework, for the network to replace.'),
      themes: IN_JSON,
      standards: IN_JSON,
      recognitionLevels: IN_JSON,
      createdAt: dateTime('CreatedAt', 'Created', 'When this version was created (UTC).'),
    },
  },
  organisation: {
    itemIs: 'a member organisation (an NHS trust or other provider)',
    title: (o) => o.name,
    fields: {
      name: text('OrganisationName', 'Organisation', 'The organisation’s full name.'),
      shortName: text('ShortName', 'Short name', 'The name used where space is short.'),
      tenantId: text('TenantId', 'Entra tenant id', 'The organisation’s Microsoft Entra tenant (directory) id.'),
    },
  },
  service: {
    itemIs: 'a service that assesses itself against the framework',
    title: (s) => s.name,
    fields: {
      organisationId,
      name: text('ServiceName', 'Service', 'The service’s name.'),
      description: note('ServiceDescription', 'Description', 'What the service does.'),
      population: text('Population', 'Population served', 'Who the service is for.'),
    },
  },
  person: {
    itemIs: 'a person who uses the app',
    title: (p) => p.displayName,
    fields: {
      displayName: text('DisplayName', 'Name', 'The person’s name.'),
      email: text('PersonEmail', 'Email', 'Their work e-mail address (lower case).'),
      organisationId,
      jobTitle: text('JobTitle', 'Job title', 'Their job title.'),
      profession: choice('Profession', 'Profession', 'Their professional background.', PROFESSIONS),
      tenantId: text('TenantId', 'Entra tenant id', 'The tenant they sign in from; empty until they first sign in.'),
      objectId: text('ObjectId', 'Entra object id', 'Their account’s object id; empty until they first sign in.'),
      guest: IN_JSON,
      notifyBy: choice(
        'NotifyBy',
        'Notify by',
        'How they hear about their work; empty until they choose.',
        NOTIFICATION_CHANNELS,
      ),
    },
    shown: [
      {
        column: yesNo('IsGuest', 'Guest', copyOf('Yes for a guest invited to the host tenant.')),
        value: (p) => p.guest !== undefined,
      },
      {
        column: dateTime('GuestSignedInAt', 'Guest first signed in', copyOf('When the guest first signed in (UTC).')),
        value: (p) => p.guest?.signedInAt,
      },
    ],
    derived: {
      PersonIdentity: { displayName: 'Sign-in identity', description: 'Tenant id and object id, for sign-in.' },
    },
  },
  roleAssignment: {
    itemIs: 'a role given to a person for the network, an organisation, a service or a review',
    title: (r) => `${words(r.role)} · ${r.scope.kind}`,
    fields: {
      personId,
      role: choice('Role', 'Role', 'What the role lets the person do.', ROLES),
      scope: IN_JSON,
      trainedOn: date('TrainedOn', 'Trained on', 'When a reviewer completed their training.'),
    },
    derived: {
      ScopeId: { displayName: 'Applies to', description: 'The organisation, service or assessment the role is for.' },
    },
  },
  cycle: {
    itemIs: 'an assessment cycle (its phases’ dates are in the JSON)',
    title: (c) => c.name,
    fields: {
      name: text('CycleName', 'Cycle', 'The cycle’s name, e.g. 2026/27.'),
      frameworkVersionId: text('FrameworkVersionId', 'Framework version id', 'The framework version used.'),
      windows: IN_JSON,
      createdAt: dateTime('CreatedAt', 'Created', 'When the cycle was created (UTC).'),
    },
    shown: CYCLE_PHASES.flatMap((phase) => {
      const name = PHASE_COLUMN_NAMES[phase];
      const phaseWords = words(phase);
      return [
        {
          column: date(`${name}Start`, `${capitalised(phaseWords)} starts`, copyOf(`The first day of ${phaseWords}.`)),
          value: (c: Cycle) => c.windows[phase].start,
        },
        {
          column: date(`${name}End`, `${capitalised(phaseWords)} ends`, copyOf(`The last day of ${phaseWords}.`)),
          value: (c: Cycle) => c.windows[phase].end,
        },
      ];
    }),
  },
} satisfies Partial<ColumnDeclarations>;
