import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** An employee's evidence files together stay within the configured quota, so uploads cannot fill the disk. */
export class EvidenceMustFitEmployeeQuotaRule implements BusinessRule {
  constructor(
    private readonly otherFilesBytes: number,
    private readonly uploadBytes: number,
    private readonly quotaBytes: number,
  ) {}

  isBroken(): boolean {
    return this.otherFilesBytes + this.uploadBytes > this.quotaBytes;
  }

  error(): DomainError {
    return new DomainError(
      'rule',
      'EVIDENCE_QUOTA_EXCEEDED',
      `Your evidence files would take ${this.otherFilesBytes + this.uploadBytes} bytes, over your quota of ${this.quotaBytes} bytes ` +
        `(${this.otherFilesBytes} already stored): replace an older file with a link, or upload a smaller file.`,
      [{ field: '(body)', code: 'EVIDENCE_QUOTA_EXCEEDED', message: `at most ${this.quotaBytes - this.otherFilesBytes} more bytes fit your evidence quota` }],
      { quotaBytes: this.quotaBytes, usedBytes: this.otherFilesBytes },
    );
  }
}
