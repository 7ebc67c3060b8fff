/**
 * A small worker_threads pool that renders SVGs to PNG bytes, one job at a time per worker, and
 * hands each result to `onResult` as soon as it is ready (so thousands of PNGs are never all held
 * in memory at once).
 */
import { Worker } from 'node:worker_threads';
import { ENCODER_PATH, fitsSubset, RESVG_OPTIONS, RESVG_PATH, WORKER_SOURCE } from './renderer';

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

/**
 * Renders every SVG in `svgs` on `size` workers (at most one per SVG). Rejects with the first
 * failure after stopping all workers; `onResult` gets the index into `svgs` and the PNG bytes.
 */
export async function renderInWorkers(
  svgs: readonly string[],
  size: number,
  onResult: (index: number, png: Uint8Array) => Promise<void>,
): Promise<void> {
  const count = Math.max(1, Math.min(size, svgs.length));
  if (svgs.length === 0) return;
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { resvgPath: RESVG_PATH, encoderPath: ENCODER_PATH, options: RESVG_OPTIONS },
      }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < svgs.length) {
          const id = next++;
          const reply = await ask(worker, id, svgs[id] ?? '');
          if ('error' in reply)
            throw new Error(`SVG nr ${id + 1} kunde inte ritas: ${reply.error}`);
          await onResult(id, reply.png);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function ask(worker: Worker, id: number, svg: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply) => {
      worker.off('error', onError);
      resolve(reply);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage({ id, svg, fullFonts: !fitsSubset(svg) });
  });
}
