// Key Vault (RBAC, soft delete, purge protection) holding the app's two secrets; the web app reads them through
// Key Vault references with its user-assigned managed identity ("Key Vault Secrets User").
param name string
param location string
param tags object = {}

@description('Principal (object) id of the managed identity that reads the secrets.')
param readerPrincipalId string

@secure()
param aadAppClientSecret string

@secure()
param botPassword string

var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource aadAppClientSecretItem 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'aad-app-client-secret'
  properties: {
    value: aadAppClientSecret
    contentType: 'text/plain'
  }
}

resource botPasswordItem 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-password'
  properties: {
    value: botPassword
    contentType: 'text/plain'
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// Versionless URIs: App Service picks up a rotated secret within a day (or on restart).
output aadAppClientSecretUri string = aadAppClientSecretItem.properties.secretUri
output botPasswordUri string = botPasswordItem.properties.secretUri
