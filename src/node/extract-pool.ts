// Extraction on worker threads: the event loop keeps answering (/healthz, reads, other writes) while
// a 2 MB article is read, and a job past its budget is stopped by ending its thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ExtractionBudgetExceeded, type Extractor } from "../api/extractor.js";
import {
  type ExtractInput,
  type Extraction,
  type HTML_LIMITS,
  type HtmlArticle,
  HtmlTooComplex,
} from "../extract/index.js";

export type Job = { kind: "claims"; input: ExtractInput } | { kind: "page"; html: string };
export type Reply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { tooComplex: keyof typeof HTML_LIMITS } | { message: string };
    };

interface Pending {
  id: number;
  job: Job;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Loaded and listening: the budget of a job counts from here, not from a thread's start-up. */
  ready: boolean;
  busy: Pending | null;
  timer: ReturnType<typeof setTimeout> | null;
}

const BOOT = new URL("./extract-worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./extract-worker.ts", import.meta.url).href;

export interface PoolOptions {
  /** Threads (FACTDESK_EXTRACT_THREADS); one fewer than the cores, at least one. */
  size?: number;
  /** How long one job may run before its thread is ended (FACTDESK_EXTRACT_BUDGET_MS). */
  budgetMs?: number;
}

export class ExtractPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly budgetMs: number;
  private nextId = 0;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.budgetMs = options.budgetMs ?? 30_000;
    const size = options.size ?? Math.max(1, availableParallelism() - 1);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  claims(input: ExtractInput): Promise<Extraction> {
    return this.run({ kind: "claims", input }) as Promise<Extraction>;
  }

  page(html: string): Promise<HtmlArticle> {
    return this.run({ kind: "page", html }) as Promise<HtmlArticle>;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error("the extraction pool is closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private run(job: Job): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(BOOT, { workerData: { entry: ENTRY } }),
      ready: false,
      busy: null,
      timer: null,
    };
    slot.worker.on("message", (reply: Reply | "ready") => {
      if (reply !== "ready") return this.settle(slot, reply);
      slot.ready = true;
      this.pump();
    });
    slot.worker.on("error", (e) => this.fail(slot, e));
    slot.worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.busy = next;
      slot.timer = setTimeout(
        () => this.fail(slot, new ExtractionBudgetExceeded(this.budgetMs)),
        this.budgetMs,
      );
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  private release(slot: Slot): Pending | null {
    const pending = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    return pending;
  }

  private settle(slot: Slot, reply: Reply): void {
    const pending = this.release(slot);
    if (!pending || pending.id !== reply.id) return;
    if (reply.ok) pending.resolve(reply.value);
    else if ("tooComplex" in reply.error)
      pending.reject(new HtmlTooComplex(reply.error.tooComplex));
    else pending.reject(new Error(reply.error.message));
    this.pump();
  }

  /** A thread past its budget, or one that died: its job fails, and a fresh thread takes its place. */
  private fail(slot: Slot, error: Error): void {
    const pending = this.release(slot);
    pending?.reject(error);
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.pump();
  }
}
