import { AsyncLocalStorage } from 'node:async_hooks';
import { Actor } from '../auth/actor';

export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  language: 'en' | 'id';
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Carries the request id and the caller into the audit log and the logs without threading them through every call. */
export const requestContext = {
  run<T>(context: RequestContext, work: () => T): T {
    return storage.run(context, work);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
