import * as http from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** How a receiver path answers its n-th request of one webhook-id (1-based): a status, or 'hang' to never answer. */
export type Behaviour = (attempt: number) => number | 'hang';

/** A real HTTP receiver on loopback, recording every request; each path answers by its behaviour. */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const delivery = { path, headers, body: Buffer.concat(chunks).toString('utf8') };
      this.received.push(delivery);
      const attempt = this.received.filter((d) => d.path === path && d.headers['webhook-id'] === headers['webhook-id']).length;
      const answer = (this.behaviours.get(path) ?? (() => 200))(attempt);
      if (answer === 'hang') return;
      res.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(path: string, behaviour: Behaviour = () => 200): string {
    this.behaviours.set(path, behaviour);
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  at(path: string): ReceivedDelivery[] {
    return this.received.filter((d) => d.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
