import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { WebhookSecrets } from '../../application/ports/webhook-secrets';

const PREFIX = 'whsec_';

/**
 * Secrets sealed with AES-256-GCM under a key derived (HKDF) from the server's signing secret, so the
 * database alone cannot sign a delivery. Rotating JWT_SECRET means registering the webhooks again.
 */
@Injectable()
export class SealedWebhookSecrets extends WebhookSecrets {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.key = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'e-performance', 'payroll-webhook-secrets', 32));
  }

  generate(): string {
    // Standard Webhooks: 24 to 64 random bytes, base64.
    return PREFIX + randomBytes(32).toString('base64');
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `v1.${iv.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${sealed.toString('base64')}`;
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1') throw new Error('Unknown sealed webhook secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
