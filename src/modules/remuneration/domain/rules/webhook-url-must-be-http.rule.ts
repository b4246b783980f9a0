import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** Payroll's receiver is reached over HTTP(S) only: no file:, ftp: or javascript: targets for the worker to follow. */
export class WebhookUrlMustBeHttpRule implements BusinessRule {
  constructor(private readonly url: string) {}

  isBroken(): boolean {
    try {
      const parsed = new URL(this.url);
      return !['http:', 'https:'].includes(parsed.protocol) || parsed.hostname === '' || parsed.username !== '' || parsed.password !== '';
    } catch {
      return true;
    }
  }

  error(): DomainError {
    return DomainError.validation(
      'url',
      'INVALID_WEBHOOK_URL',
      'url must be an absolute http:// or https:// URL without a user name or password, e.g. https://payroll.example.go.id/hooks/tukin.',
    );
  }
}
