import { randomUUID } from 'node:crypto';

export type Id = string;

export function newId(): Id {
  return randomUUID();
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is Id {
  return typeof value === 'string' && UUID_RE.test(value);
}
