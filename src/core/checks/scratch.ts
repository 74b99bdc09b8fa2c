/**
 * Zeroed typed arrays lent to one check and taken back when it ends, to be lent again to the next.
 *
 * Hand-written for issue 3 (no library pools ArrayBuffers): a check of 100,000 rows fills about
 * 10 MB of typed arrays (the FigureTable's columns, the RowStore's, duplicate-indicator's hash
 * table). A fresh ArrayBuffer of that size is new memory from the system, and its first write
 * faults every 4 KB page in: measured on the 2-core machine of the bench, a fresh 2.4 MB
 * Float64Array took 6.5–9 ms to fill, the same array reused 0.25 ms, and the faults were a fifth
 * of a check's time. A reused buffer is zeroed with `fill`, at the speed of memset.
 *
 * The lending is safe because a check is synchronous and its context dies with it: checkGrid lends,
 * runs the rules, and takes the arrays back before it returns; nothing it returns holds one. A
 * buffer lent is out of the pool until it is taken back, so a check inside another (none is today)
 * would be lent others.
 */

/** Buffers kept between checks: enough for a 100,000-row table, not a million-row one's for ever. */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;

/** Buffers no check holds, smallest first. */
const free: ArrayBuffer[] = [];

/** Buffers are made in sizes of whole 64 KB, so that a slightly bigger next table reuses them. */
const GRAIN = 64 * 1024;

/** Arrays lent to one check. */
export class Scratch {
  private readonly lent: ArrayBuffer[] = [];
  private readonly onRelease: (() => void)[] = [];
  private open = true;

  /** With `pooled` false, every array is fresh and none is kept: for a context no one releases. */
  constructor(readonly pooled = true) {}

  /** `f` runs when the arrays are taken back: for a caller that lends objects of its own with them. */
  whenReleased(f: () => void): void {
    if (!this.open) throw new Error("Scratch: used after release");
    this.onRelease.push(f);
  }

  float64(length: number): Float64Array {
    return new Float64Array(this.buffer(length * 8), 0, length);
  }

  uint32(length: number): Uint32Array {
    return new Uint32Array(this.buffer(length * 4), 0, length);
  }

  int32(length: number): Int32Array {
    return new Int32Array(this.buffer(length * 4), 0, length);
  }

  uint8(length: number): Uint8Array {
    return new Uint8Array(this.buffer(length), 0, length);
  }

  /** A buffer of at least `bytes`, its first `bytes` zero. */
  private buffer(bytes: number): ArrayBuffer {
    if (!this.open) throw new Error("Scratch: used after release");
    let buf: ArrayBuffer | undefined;
    // Small arrays are not worth a pool (nor the slack of a 64 KB grain).
    if (bytes >= GRAIN && this.pooled) {
      const i = free.findIndex((b) => b.byteLength >= bytes);
      if (i >= 0) {
        buf = free.splice(i, 1)[0];
        new Uint8Array(buf, 0, bytes).fill(0);
      } else buf = new ArrayBuffer(Math.ceil(bytes / GRAIN) * GRAIN);
      this.lent.push(buf);
    } else buf = new ArrayBuffer(bytes);
    return buf;
  }

  /** Takes the arrays back: none of them may be read or written after this. */
  release(): void {
    if (!this.open) return;
    this.open = false;
    for (const f of this.onRelease) f();
    this.onRelease.length = 0;
    for (const b of this.lent) free.push(b);
    this.lent.length = 0;
    free.sort((a, b) => a.byteLength - b.byteLength);
    // Keep the smallest that fit the budget: the big ones of a rare huge table are let go.
    let kept = 0;
    let n = 0;
    while (n < free.length && kept + free[n].byteLength <= MAX_KEPT_BYTES) kept += free[n++].byteLength;
    free.length = n;
  }
}

/** The bytes kept for the next check (for tests and the bench). */
export function pooledBytes(): number {
  let n = 0;
  for (const b of free) n += b.byteLength;
  return n;
}

/** Runs `f` with arrays lent for its duration. */
export function withScratch<T>(f: (scratch: Scratch) => T): T {
  const scratch = new Scratch();
  try {
    return f(scratch);
  } finally {
    scratch.release();
  }
}
