/**
 * Where uploaded evidence files live; the database keeps only the reference this returns. Files follow the
 * command's transaction: one it wrote is removed if the transaction rolls back, one it discards only once it
 * commits, so no file outlives the row that named it.
 */
export abstract class EvidenceStorage {
  abstract put(activityId: string, content: Buffer, contentType: EvidenceContentType): Promise<string>;

  /** The file is no longer named by any activity: removed when the transaction commits. */
  abstract discardOnCommit(fileRef: string): void;

  /** null when the reference names nothing (the file was removed out of band). */
  abstract get(fileRef: string): Promise<{ content: Buffer; contentType: EvidenceContentType } | null>;
}

export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];
