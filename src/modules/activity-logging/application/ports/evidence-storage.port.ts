/** Where uploaded evidence files live; the database keeps only the reference this returns. */
export abstract class EvidenceStorage {
  abstract put(activityId: string, content: Buffer, contentType: EvidenceContentType): Promise<string>;

  /** null when the reference names nothing (the file was removed out of band). */
  abstract get(fileRef: string): Promise<{ content: Buffer; contentType: EvidenceContentType } | null>;
}

export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];
