/** The layer rules (docs/architecture.md, "Layers"), checked by `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain imports nothing of the project outside itself and no package with I/O (the pure, synchronous CSV reader and writer are allowed).',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        pathNot: [
          '^src/domain',
          'node_modules/csv-(parse|stringify)/',
          '^csv-(parse|stringify)/sync$',
          'node_modules/magic-bytes[.]js/',
        ],
      },
    },
    {
      name: 'services-use-domain-and-ports-only',
      comment: 'src/services imports only src/domain and its own files (ports).',
      severity: 'error',
      from: { path: '^src/services' },
      to: { path: '^(src/(adapters|api|auth|cli)|bot|tab)/' },
    },
    {
      name: 'services-kernel-below-capabilities',
      comment:
        "src/services' own files (ports, context, the access policy, errors, caches) are what every capability folder (assessment, evidence, review, reports, actions, library, network, identity, reminders) stands on: they import no capability.",
      severity: 'error',
      from: { path: '^src/services/[^/]+[.]ts$' },
      to: { path: '^src/services/[^/]+/' },
    },
    {
      name: 'services-no-io-packages',
      severity: 'error',
      from: { path: '^src/services' },
      to: { dependencyTypes: ['npm', 'npm-dev'], pathNot: ['node_modules/zod/'] },
    },
    {
      name: 'only-composition-root-picks-adapters',
      comment: 'Only src/server.ts, src/main.ts and src/cli import src/adapters.',
      severity: 'error',
      from: { pathNot: ['^src/adapters', '^src/(server|main)\\.ts$', '^src/cli'] },
      to: { path: '^src/adapters' },
    },
    {
      name: 'api-and-bot-do-not-meet',
      severity: 'error',
      from: { path: '^src/api' },
      to: { path: '^bot/' },
    },
    {
      name: 'bot-does-not-reach-api',
      severity: 'error',
      from: { path: '^bot/' },
      to: { path: '^src/(api|adapters)/' },
    },
    {
      name: 'botbuilder-stays-in-bot',
      comment: 'Keep the Bot Framework SDK inside bot/ so a move to its successor is one folder.',
      severity: 'error',
      from: { pathNot: '^bot/' },
      to: { path: 'node_modules/(botbuilder|botframework-)' },
    },
    {
      name: 'tab-takes-only-types-from-src-outside-domain',
      comment: 'The tab may bundle pure values (labels) from src/domain; anything else of src only as types.',
      severity: 'error',
      from: { path: '^tab/' },
      to: { path: '^src/', pathNot: ['^src/domain/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'tab-only-domain-and-api-contracts',
      comment:
        'The tab decides nothing: never services, adapters, auth or the bot; what a person may do comes from the API.',
      severity: 'error',
      from: { path: '^tab/' },
      to: { path: '^(src|bot)/', pathNot: ['^src/domain/', '^src/api/contracts'] },
    },
    {
      name: 'no-dev-dependencies-at-run-time',
      comment:
        'What runs in production (src, bot and the bundled tab) imports only production dependencies: `npm ci --omit=dev` leaves dev ones out.',
      severity: 'error',
      from: { path: '^(src|bot|tab)/', pathNot: '^tab/vite[.]config[.]ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^dist'] },
  },
};
