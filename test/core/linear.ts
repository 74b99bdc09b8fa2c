/**
 * Linear time for the fuzz tests of patterns over user text, measured as scaling rather than
 * against a wall-clock limit (the machine is shared): the best of a few runs on the whole length
 * against the best on a quarter of it. Linear work gives a ratio near 4 (n log n a little more),
 * quadratic near 16 (and seconds); the bound is 12, and a large run under `passMs` passes whatever
 * the ratio (a noisy neighbour can slow the small run or the large one).
 */
export interface Scaling {
  ratio: number;
  ms: number;
  linear: boolean;
}

/** The fastest of `runs` calls of `work`, in milliseconds. */
export function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * `unit` repeated to `length` characters and to a quarter of that, each timed by `measure` (which
 * returns milliseconds: a best-of, with any preparation left out of the timing), after a warm-up.
 */
export function scalesLinearly(unit: string, length: number, measure: (text: string) => number, opts: { floorMs: number; passMs: number }): Scaling {
  const text = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  measure(text(Math.min(4096, length >> 3))); // warm the JIT first
  const small = measure(text(length >> 2));
  const large = measure(text(length));
  const ratio = large / Math.max(small, opts.floorMs);
  return { ratio: +ratio.toFixed(1), ms: +large.toFixed(1), linear: ratio < 12 || large < opts.passMs };
}
