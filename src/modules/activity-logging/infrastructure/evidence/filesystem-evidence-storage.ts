import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
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
  private readonly logger = new Logger(FilesystemEvidenceStorage.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {
    super();
  }

  async put(activityId: string, content: Buffer, contentType: EvidenceContentType): Promise<string> {
    const ref = `${activityId}/${createHash('sha256').update(content).digest('hex')}.${EXTENSION[contentType]}`;
    const file = path.join(this.config.evidenceDir, ref);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // The same content for the same activity is the same file, perhaps the one its committed row names:
    // only a file this upload created is removed when the upload rolls back.
    const existed = await fs.access(file).then(
      () => true,
      () => false,
    );
    const temp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temp, content);
    await fs.rename(temp, file);
    if (!existed) this.uow.onRollback(() => this.remove(ref));
    return ref;
  }

  discardOnCommit(fileRef: string): void {
    this.uow.onCommit(() => this.remove(fileRef));
  }

  /**
   * After the transaction, so a failure cannot undo it: logged for the operator instead. The activity's
   * folder stays, since a parallel upload for the same activity may be writing into it.
   */
  private async remove(fileRef: string): Promise<void> {
    if (!REF_RE.test(fileRef)) return;
    await fs.rm(path.join(this.config.evidenceDir, fileRef), { force: true }).catch((error: unknown) => {
      this.logger.warn(`Could not remove the evidence file ${fileRef}: ${String(error)}`);
    });
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
