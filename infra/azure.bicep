// Mind & Body QIN on Azure: one Linux Web App (Node 20) that serves the tab, the API and the bot, with a
// user-assigned managed identity, Key Vault for its two secrets, Application Insights (on a Log Analytics
// workspace) and the Azure Bot resource with its Microsoft Teams channel.
// Deploy with the Agents Toolkit (`provision`, see m365agents.yml) or `az deployment group create` (docs/deploy.md).
targetScope = 'resourceGroup'

@minLength(3)
@maxLength(16)
@description('Prefix of every resource name, lowercase letters, digits and hyphens. The web app is <prefix>-app.')
param resourceBaseName string

@description('Azure region for everything but the bot registration (which is global). UK South keeps data in the UK.')
param location string = resourceGroup().location

@description('App Service plan SKU: B1 to try it out, P0v3/P1v3 for production (zone redundancy needs Premium).')
param webAppSku string = 'B1'

@description('Custom domain bound to the web app, e.g. qin.example.nhs.uk; empty or "none" uses <prefix>-app.azurewebsites.net.')
param publicHostname string = ''

@maxLength(42)
@description('The bot\'s display name in the Azure Bot resource.')
param botDisplayName string = 'Mind & Body QIN'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier. Microsoft Teams is a standard channel, so F0 is enough.')
param botServiceSku string = 'F0'

@description('Client id of the multi-tenant Entra app registration the tab signs in with (access_as_user).')
param aadAppClientId string

@secure()
@description('Client secret of that app registration (on-behalf-of Graph calls). Stored in Key Vault only.')
param aadAppClientSecret string

@description('The host trust\'s Entra tenant id (where the app registration and the SharePoint site live).')
param aadAppTenantId string = tenant().tenantId

@description('Entra ID sign-in host; the default follows the cloud this is deployed to.')
param aadAppOAuthAuthorityHost string = environment().authentication.loginEndpoint

@description('Member trusts\' tenant ids, comma-separated ("none" for none yet). The host tenant is always added.')
param allowedTenantIds string = ''

@description('Microsoft Graph host (another value only for national clouds).')
param graphHost string = 'https://graph.microsoft.com'

@description('Client id of the bot\'s Entra app registration (BOT_ID).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s app registration. Stored in Key Vault only.')
param botPassword string

@description('Tenant of the bot\'s app registration: the Azure Bot is single-tenant.')
param botTenantId string = tenant().tenantId

@allowed(['sharepoint', 'sqlite'])
@description('sharepoint for production; sqlite keeps a single-instance database on the app\'s /home share (trials only).')
param storage string = 'sharepoint'

@description('The network\'s SharePoint site id (from `npm run provision`); required when storage is sharepoint.')
param sharePointSiteId string = ''

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('Largest evidence file accepted, in bytes.')
param maxEvidenceBytes int = 52428800

@description('API requests per person per minute.')
param rateLimitPerMinute int = 600

@description('A Microsoft Purview retention label applied to every evidence file stored in SharePoint; empty or "none" for no label.')
param evidenceRetentionLabel string = ''

@description('Graph as the app through the managed identity instead of the app registration\'s secret. Needs the identity granted Sites.Selected and the site first (docs/deploy.md), and the subscription in the same tenant as Microsoft 365.')
param graphWithManagedIdentity bool = false

@description('Tags applied to every resource, e.g. cost centre and data classification.')
param tags object = {}

// The Agents Toolkit cannot pass an empty value through the parameters file, so "none" stands for "not set".
var notSet = ['', 'none']
var webAppName = '${resourceBaseName}-app'
var publicHost = contains(notSet, toLower(trim(publicHostname))) ? '${webAppName}.azurewebsites.net' : trim(publicHostname)
var siteId = contains(notSet, toLower(trim(sharePointSiteId))) ? '' : trim(sharePointSiteId)
var retentionLabel = contains(notSet, toLower(trim(evidenceRetentionLabel))) ? '' : trim(evidenceRetentionLabel)
var memberTenants = filter(split(allowedTenantIds, ','), id => !contains(notSet, toLower(trim(id))))
var allowedTenants = join(union([aadAppTenantId], map(memberTenants, id => trim(id))), ',')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
  tags: tags
}

module monitoring './modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    resourceBaseName: resourceBaseName
    location: location
    tags: tags
  }
}

module vault './modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: '${resourceBaseName}-kv'
    location: location
    tags: tags
    readerPrincipalId: identity.properties.principalId
    aadAppClientSecret: aadAppClientSecret
    botPassword: botPassword
  }
}

module web './modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    name: webAppName
    planName: '${resourceBaseName}-plan'
    location: location
    tags: tags
    sku: webAppSku
    identityId: identity.id
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    settings: {
      publicUrl: 'https://${publicHost}'
      storage: storage
      logLevel: logLevel
      aadAppClientId: aadAppClientId
      aadAppClientSecretUri: vault.outputs.aadAppClientSecretUri
      aadAppTenantId: aadAppTenantId
      aadAppOAuthAuthorityHost: aadAppOAuthAuthorityHost
      allowedTenantIds: allowedTenants
      graphHost: graphHost
      sharePointSiteId: siteId
      botId: botAadAppClientId
      botPasswordSecretUri: vault.outputs.botPasswordUri
      botTenantId: botTenantId
      maxEvidenceBytes: maxEvidenceBytes
      rateLimitPerMinute: rateLimitPerMinute
      evidenceRetentionLabel: retentionLabel
      applicationInsightsConnectionString: monitoring.outputs.connectionString
      managedIdentityClientId: graphWithManagedIdentity ? identity.properties.clientId : ''
    }
  }
}

module bot './modules/bot.bicep' = {
  name: 'azure-bot'
  params: {
    name: '${resourceBaseName}-bot'
    tags: tags
    displayName: botDisplayName
    sku: botServiceSku
    messagingEndpoint: 'https://${publicHost}/api/messages'
    appId: botAadAppClientId
    tenantId: botTenantId
  }
}

// Written by the Agents Toolkit into env/.env.<name> (names upper-cased); none of them is a secret.
output AZURE_APP_SERVICE_RESOURCE_ID string = web.outputs.id
output TAB_DOMAIN string = publicHost
output TAB_ENDPOINT string = 'https://${publicHost}'
output MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output KEY_VAULT_NAME string = vault.outputs.name
output APPLICATION_INSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output EFFECTIVE_ALLOWED_TENANT_IDS string = allowedTenants
output BOT_RESOURCE_NAME string = bot.outputs.name
