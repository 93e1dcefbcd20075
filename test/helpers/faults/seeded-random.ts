/** A small deterministic PRNG (mulberry32), so a soak run with the same seed injects the same faults. */

/** A function returning floats in [0, 1), reproducible from `seed`. */
export type Random = () => number;

/**
 * Create a seeded random source.
 * @example const random = createRandom(42); random() // 0.6011037519201636
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pick one element of a non-empty list.
 * @example pickOne(createRandom(1), ['a', 'b'])
 */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
