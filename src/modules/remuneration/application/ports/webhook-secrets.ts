/** The signing secrets of payroll webhooks: made once, shown once, kept sealed. */
export abstract class WebhookSecrets {
  /** A new `whsec_<base64>` secret (Standard Webhooks). */
  abstract generate(): string;

  abstract seal(secret: string): string;
}
