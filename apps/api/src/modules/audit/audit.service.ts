import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  reason?: string | null;
  before?: object | null;
  after?: object | null;
}

/** Fields never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

@Injectable()
export class AuditService {
  /** Writes one entry with the caller's transaction, so the entry exists exactly when the change does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert({
      actorId: record.actorId,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      reason: record.reason ?? null,
      before: snapshot(record.before) as object | null,
      after: snapshot(record.after) as object | null,
    });
  }
}

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key) || typeof field === 'function') continue;
    if (field !== null && typeof field === 'object' && !(field instanceof Date) && !Array.isArray(field)) continue;
    out[key] = field instanceof Date ? field.toISOString() : field;
  }
  return out;
}
