// The Linux App Service plan and Web App (Node 20) that runs `node dist/src/main.js`: the tab, the API and the
// bot in one process. Every setting the app reads (src/config.ts) is set here; test/infra checks that.
param name string
param planName string
param location string
param tags object = {}
param sku string
@description('Resource id of the user-assigned managed identity (Key Vault references and Graph).')
param identityId string
param logAnalyticsWorkspaceId string
@description('Values for the app settings, from azure.bicep.')
param settings object

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --no-deprecation dist/src/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Liveness only: /readyz also checks Graph, and a Graph outage must not get every instance replaced.
      healthCheckPath: '/healthz'
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    PORT: '8080'
    WEBSITES_PORT: '8080'
    PUBLIC_URL: settings.publicUrl
    // Persistent, shared by every instance; only the sqlite trial storage and local caches use it.
    DATA_DIR: '/home/data'
    LOG_LEVEL: settings.logLevel
    STORAGE: settings.storage
    SEED_DEMO: 'false'
    AAD_APP_CLIENT_ID: settings.aadAppClientId
    AAD_APP_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${settings.aadAppClientSecretUri})'
    AAD_APP_TENANT_ID: settings.aadAppTenantId
    AAD_APP_OAUTH_AUTHORITY_HOST: settings.aadAppOAuthAuthorityHost
    ALLOWED_TENANT_IDS: settings.allowedTenantIds
    GRAPH_HOST: settings.graphHost
    SHAREPOINT_SITE_ID: settings.sharePointSiteId
    BOT_ID: settings.botId
    BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${settings.botPasswordSecretUri})'
    BOT_TENANT_ID: settings.botTenantId
    MAX_EVIDENCE_BYTES: string(settings.maxEvidenceBytes)
    // Empty: no retention label on evidence files.
    EVIDENCE_RETENTION_LABEL: settings.evidenceRetentionLabel
    RATE_LIMIT_PER_MINUTE: string(settings.rateLimitPerMinute)
    PUBLIC_RATE_LIMIT_PER_MINUTE: '300'
    // App Service's front end appends the client's address to X-Forwarded-For: one trusted hop.
    TRUSTED_PROXY_HOPS: '1'
    APPLICATIONINSIGHTS_CONNECTION_STRING: settings.applicationInsightsConnectionString
    MANAGED_IDENTITY_CLIENT_ID: settings.managedIdentityClientId
    REMINDER_PERIOD: 'weekly'
    REMINDER_SCHEDULE_MINUTES: '15'
    BOT_TENANT_RATE_PER_SECOND: '30'
    // Reminders reach people on working days, 08:00-18:00 UK time (the clock changes included).
    REMINDER_WORKING_DAYS: 'mon,tue,wed,thu,fri'
    REMINDER_WINDOW_OPENS: '08:00'
    REMINDER_WINDOW_CLOSES: '18:00'
    REMINDER_TIME_ZONE: 'Europe/London'
    BOT_PROACTIVE_INSTALL: 'false'
    // The Teams bell: reminders also arrive in Teams' activity feed for people who choose it (TeamsActivity.Send).
    TEAMS_ACTIVITY_FEED: 'on'
    // Recognition decisions: three years, an interim review at eighteen months, 20 working days to appeal.
    RECOGNITION_VALIDITY_MONTHS: '36'
    RECOGNITION_INTERIM_REVIEW_MONTHS: '18'
    RECOGNITION_APPEAL_WORKING_DAYS: '20'
    BENCHMARK_SNAPSHOT_SECONDS: '60'
    // Deployment: the zip holds the built dist/ and package*.json; App Service installs the production
    // dependencies on Linux itself (better-sqlite3 is native, so it must be built for this platform).
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
  }
}

// Console output (pino's JSON lines) and HTTP logs go to the Log Analytics workspace beside Application Insights.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output id string = site.id
output defaultHostName string = site.properties.defaultHostName
