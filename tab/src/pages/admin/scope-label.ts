import type { Organisation, Scope, Service } from '../../api/types';

export function scopeLabel(scope: Scope, organisations: readonly Organisation[], services: readonly Service[]): string {
  switch (scope.kind) {
    case 'network':
      return 'the whole network';
    case 'organisation':
      return organisations.find((o) => o.id === scope.organisationId)?.name ?? scope.organisationId;
    case 'service':
      return services.find((s) => s.id === scope.serviceId)?.name ?? scope.serviceId;
    case 'review':
      return `review of ${scope.assessmentId}`;
  }
}
