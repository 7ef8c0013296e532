/**
 * Edge module: which tab edits which draft. A tab holds a draft through a Web Lock named after it, so a
 * second tab learns at once that the draft is open elsewhere; a BroadcastChannel carries the rest (a draft
 * was saved, please let go of a draft, the list changed). Invariant: a tab that loses its lock is told, and
 * a take-over first asks the holder to save and let go, so its last edits are stored before the new tab
 * reads the draft. Where Web Locks are missing, claims go over the channel instead (ask, wait, answer).
 */

export type TabMessage =
  | { type: 'saved'; id: string; rev: number }
  | { type: 'release'; id: string }
  | { type: 'released'; id: string }
  | { type: 'changed' }
  | { type: 'query'; id: string }
  | { type: 'held'; id: string };

const CHANNEL = 'specwright-drafts';
const lockName = (id: string) => `specwright-draft:${id}`;
/** How long a take-over waits for the holder to save and let go before taking the draft anyway. */
const RELEASE_WAIT_MS = 1500;
/** Without Web Locks: how long a claim waits for a holder to answer. */
const QUERY_WAIT_MS = 200;

type Listener = (m: TabMessage) => void;

export class Tabs {
  private readonly channel: BroadcastChannel | null;
  private readonly listeners = new Set<Listener>();
  private readonly releasers = new Map<string, () => void>();
  /** Drafts this tab holds without Web Locks. */
  private readonly claimed = new Set<string>();
  private readonly locks: LockManager | null;
  /** Called when another tab took a draft this tab held. */
  onLost: (id: string) => void = () => {};

  constructor() {
    this.locks = typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    this.channel?.addEventListener('message', (e: MessageEvent<TabMessage>) => this.receive(e.data));
  }

  private receive(m: TabMessage) {
    if (!this.locks && m.type === 'query' && this.claimed.has(m.id)) this.post({ type: 'held', id: m.id });
    for (const l of this.listeners) l(m);
  }

  post(m: TabMessage): void {
    this.channel?.postMessage(m);
  }

  /** Listens to other tabs; returns the unsubscribe function. */
  listen(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private next(match: (m: TabMessage) => boolean, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => (stop(), resolve(false)), ms);
      const stop = this.listen((m) => {
        if (!match(m)) return;
        clearTimeout(timer);
        stop();
        resolve(true);
      });
    });
  }

  /** Holds draft `id` for this tab unless another tab does; true when this tab now holds it. */
  async claim(id: string): Promise<boolean> {
    if (this.releasers.has(id) || this.claimed.has(id)) return true;
    if (!this.locks) {
      this.post({ type: 'query', id });
      const taken = await this.next((m) => m.type === 'held' && m.id === id, QUERY_WAIT_MS);
      if (!taken) this.claimed.add(id);
      return !taken;
    }
    return this.hold(id, { ifAvailable: true });
  }

  private hold(id: string, options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
    const locks = this.locks!;
    return new Promise((resolve) => {
      locks
        .request(lockName(id), options, (lock) => {
          if (!lock) return resolve(false);
          resolve(true);
          return new Promise<void>((release) => this.releasers.set(id, release));
        })
        .catch((e: unknown) => {
          // AbortError: another tab stole the lock (take over).
          const had = this.releasers.delete(id);
          resolve(false);
          if (had && e instanceof DOMException && e.name === 'AbortError') this.onLost(id);
        });
    });
  }

  /** Takes draft `id` from the tab holding it: asks it to save and let go, then holds it here. */
  async takeOver(id: string): Promise<void> {
    const released = this.next((m) => m.type === 'released' && m.id === id, RELEASE_WAIT_MS);
    this.post({ type: 'release', id });
    await released;
    if (this.locks) await this.hold(id, { steal: true });
    else this.claimed.add(id);
  }

  /** Lets go of draft `id`. */
  release(id: string): void {
    this.releasers.get(id)?.();
    this.releasers.delete(id);
    this.claimed.delete(id);
  }

  /** Ids of the drafts other tabs hold (empty where Web Locks are missing). */
  async heldElsewhere(): Promise<Set<string>> {
    if (!this.locks) return new Set();
    const snapshot = await this.locks.query();
    const ids = (snapshot.held ?? [])
      .map((l) => l.name ?? '')
      .filter((n) => n.startsWith(lockName('')))
      .map((n) => n.slice(lockName('').length))
      .filter((id) => !this.releasers.has(id));
    return new Set(ids);
  }
}
