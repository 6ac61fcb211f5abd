import { Worker } from 'node:worker_threads';

/**
 * A worker thread spoken to in typed messages, for the search index's helpers
 * (./search-copies.ts, ./search-language-index.ts). The thread never keeps the
 * build alive by itself: only a question waiting for its answer does, so a
 * build that fails elsewhere still ends.
 */
export class MessageWorker<To, From extends { type: string }> {
  readonly #worker: Worker;

  constructor(module: URL, workerData?: unknown) {
    this.#worker = new Worker(module, { workerData });
    this.#worker.unref();
  }

  send(message: To): void {
    this.#worker.postMessage(message);
  }

  /** Sends a message and waits for the first answer of the given type. */
  ask<T extends From['type']>(message: To, answer: T): Promise<Extract<From, { type: T }>> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        this.#worker.off('message', onMessage).off('error', onError).unref();
      };
      const onMessage = (reply: From) => {
        if (reply.type !== answer) return;
        settle();
        resolve(reply as Extract<From, { type: T }>);
      };
      const onError = (error: Error) => {
        settle();
        reject(error);
      };
      this.#worker.ref();
      this.#worker.on('message', onMessage).once('error', onError);
      this.send(message);
    });
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}
