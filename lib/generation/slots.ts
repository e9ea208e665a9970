/**
 * The worker's slots, shared fairly between users: at most `size` holders at once and at most
 * `perOwner` of them for one owner, so one user's hung provider holds a few slots and never all.
 * When a slot frees, the waiting owners are served round-robin (the owner served goes to the back
 * of the line), not first come first served: a user with fifty batches waiting does not stand
 * between another user's one batch and the next free slot.
 */
export class Slots {
  private used = 0;
  private readonly held = new Map<string, number>();
  /** Waiters per owner; the Map's insertion order is the round-robin order. */
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly size: number,
    private readonly perOwner: number,
  ) {}

  acquire(owner: string): Promise<void> {
    if (this.tryAcquire(owner)) return Promise.resolve();
    return new Promise((resolve) => {
      const queue = this.waiting.get(owner);
      if (queue) queue.push(resolve);
      else this.waiting.set(owner, [resolve]);
    });
  }

  /** A slot if one is free for this owner right now, without waiting (and without passing its own waiters). */
  tryAcquire(owner: string): boolean {
    if (this.waiting.has(owner) || !this.free(owner)) return false;
    this.take(owner);
    return true;
  }

  release(owner: string): void {
    const count = this.held.get(owner) ?? 0;
    if (count <= 1) this.held.delete(owner);
    else this.held.set(owner, count - 1);
    this.used--;
    this.serveWaiting();
  }

  /** Slots held by one owner (and in all), for tests and logs. */
  heldBy(owner: string): number {
    return this.held.get(owner) ?? 0;
  }

  get inUse(): number {
    return this.used;
  }

  private free(owner: string): boolean {
    return this.used < this.size && this.heldBy(owner) < this.perOwner;
  }

  private take(owner: string): void {
    this.used++;
    this.held.set(owner, this.heldBy(owner) + 1);
  }

  private serveWaiting(): void {
    for (const [owner, queue] of this.waiting) {
      if (this.used >= this.size) return;
      if (!this.free(owner)) continue;
      const next = queue.shift()!;
      // Served: to the back of the line (or out of it), so the other owners come first next time.
      this.waiting.delete(owner);
      if (queue.length > 0) this.waiting.set(owner, queue);
      this.take(owner);
      next();
    }
  }
}
