import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { EvidenceContentType, EvidenceStorage } from '../../application/ports/evidence-storage.port';

const EXTENSION: Record<EvidenceContentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
const TYPE_OF = new Map(Object.entries(EXTENSION).map(([type, ext]) => [ext, type as EvidenceContentType]));
const REF_RE = /^[0-9a-f-]{36}\/[0-9a-f]{64}\.(pdf|jpg|png)$/;

/**
 * Files under the configured folder as `<activityId>/<sha256>.<ext>`: content-addressed, so a retried
 * upload writes the same file, and the reference can never point outside the folder.
 */
@Injectable()
export class FilesystemEvidenceStorage extends EvidenceStorage {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async put(activityId: string, content: Buffer, contentType: EvidenceContentType): Promise<string> {
    const ref = `${activityId}/${createHash('sha256').update(content).digest('hex')}.${EXTENSION[contentType]}`;
    const file = path.join(this.config.evidenceDir, ref);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temp, content);
    await fs.rename(temp, file);
    return ref;
  }

  async get(fileRef: string): Promise<{ content: Buffer; contentType: EvidenceContentType } | null> {
    if (!REF_RE.test(fileRef)) return null;
    try {
      const content = await fs.readFile(path.join(this.config.evidenceDir, fileRef));
      return { content, contentType: TYPE_OF.get(fileRef.slice(fileRef.lastIndexOf('.') + 1))! };
    } catch {
      return null;
    }
  }
}
