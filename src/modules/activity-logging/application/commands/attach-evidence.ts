import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { written } from '../../../../platform/write/written';
import { EvidenceMustFitEmployeeQuotaRule } from '../../domain/rules/evidence-must-fit-employee-quota.rule';
import { activityView } from '../activity-view';
import { ActivityRepository } from '../ports/activity-repository';
import { EvidenceContentType, EvidenceStorage } from '../ports/evidence-storage.port';

const SIGNATURES: Array<[EvidenceContentType, number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The type the file's first bytes prove, whatever the client declared. */
export function sniffEvidenceType(content: Buffer): EvidenceContentType | null {
  return SIGNATURES.find(([, magic]) => magic.every((byte, i) => content[i] === byte))?.[0] ?? null;
}

export class AttachEvidenceFile {
  constructor(
    readonly actor: Actor,
    readonly activityId: Id,
    readonly content: Buffer,
    readonly declaredType: EvidenceContentType,
  ) {}
}

/**
 * The employee uploads a PDF, JPEG or PNG as evidence; it replaces a link or an earlier file, whose file is
 * removed once the upload commits.
 */
@CommandHandler(AttachEvidenceFile)
export class AttachEvidenceFileHandler implements ICommandHandler<AttachEvidenceFile> {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly storage: EvidenceStorage,
    private readonly periodLock: PeriodLock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ actor, activityId, content, declaredType }: AttachEvidenceFile) {
    if (content.length === 0) throw DomainError.validation('(body)', 'EVIDENCE_EMPTY', 'The uploaded file is empty.');
    if (sniffEvidenceType(content) !== declaredType) {
      throw DomainError.validation('(body)', 'EVIDENCE_TYPE_MISMATCH', `The file's content is not ${declaredType}; upload a real PDF, JPEG or PNG.`);
    }
    const [activity] = await this.activities.activitiesForUpdate([activityId]);
    if (!activity) throw DomainError.notFound('Activity', activityId);
    if (!actor.isEmployee(activity.employeeId)) throw DomainError.forbidden('Only the employee who logged an activity adds its evidence.', 'OWN_ACTIVITY_ONLY');
    const month = yearMonthOf(activity.date);
    const before = activityView(activity);
    const previous = activity.snapshot().evidence;
    const bytes = content.length;
    // Checked before the file is stored, so a refused upload leaves no orphan behind.
    activity.attachEvidence({ kind: 'FILE', fileRef: 'pending', bytes }, await this.periodLock.isOpen(month));
    checkRule(new EvidenceMustFitEmployeeQuotaRule(await this.activities.evidenceBytesOf(activity.employeeId, activity.id), bytes, this.config.evidenceQuotaBytes));
    const fileRef = await this.storage.put(activity.id, content, declaredType);
    activity.attachEvidence({ kind: 'FILE', fileRef, bytes }, true);
    if (previous?.kind === 'FILE' && previous.fileRef !== fileRef) this.storage.discardOnCommit(previous.fileRef);
    await this.periodLock.assertOpen(month);
    await this.activities.update([activity]);
    const after = activityView(activity);
    return written(after, {
      audit: [{ action: 'AttachEvidenceFile', targetType: 'DailyActivity', targetId: activity.id, before, after: { ...after, fileRef, bytes } }],
    });
  }
}
