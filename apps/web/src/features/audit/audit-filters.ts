import type { AuditLogQueryVariables } from '../../gql/graphql';

/** The audit log's filters as they live in the URL: `?entity=Invitation&entityId=…&actorId=…`. */
export interface AuditFilters {
  entity: string;
  entityId: string;
  actorId: string;
}

export const AUDIT_FILTER_KEYS = ['entity', 'entityId', 'actorId'] as const;
const MAX_LENGTH = 200;

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const read = (key: (typeof AUDIT_FILTER_KEYS)[number]) => (params.get(key) ?? '').trim().slice(0, MAX_LENGTH);
  return { entity: read('entity'), entityId: read('entityId'), actorId: read('actorId') };
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function auditFiltersToVariables(filters: AuditFilters): AuditLogQueryVariables {
  const variables: AuditLogQueryVariables = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) variables[key] = value;
  }
  return variables;
}

/** Before/after snapshots arrive as JSON text; shown indented, or as they are if they do not parse. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
