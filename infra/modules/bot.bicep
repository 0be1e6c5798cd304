// The Azure Bot resource (single-tenant: new multi-tenant bot registrations are no longer accepted) and its
// Microsoft Teams channel. The bot's Entra app registration itself stays multi-tenant, so the app works for
// people in every member trust's tenant.
param name string
param tags object = {}
@maxLength(42)
param displayName string
param sku string = 'F0'
@description('https://<host>/api/messages')
param messagingEndpoint string
@description('Client id of the bot\'s Entra app registration.')
param appId string
@description('Tenant of that app registration.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
