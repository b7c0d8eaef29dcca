/**
 * A small seeded pseudo-random number generator for synthetic data: the same seed always
 * gives the same sequence, on every machine and Node version (unlike `Math.random`, which
 * cannot be seeded). Not for anything secret.
 */

/** A source of pseudo-random numbers with the helpers the corpus generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** Whether an event of probability `p` happens. */
  chance: (p: number) => boolean;
  /** One item of a non-empty list, uniformly. */
  pick: <T>(items: readonly T[]) => T;
  /** One item of a non-empty list, with probability proportional to its weight. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** `n` lowercase hex digits. */
  hex: (n: number) => string;
}

/**
 * Hashes a string to 32 bits (FNV-1a), to turn a textual seed and an index into the
 * state of an independent generator.
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Mulberry32 (Tommy Ettinger's public-domain 32-bit generator): one 32-bit state, full
 * period, good enough statistics for test data, and trivially reproducible.
 */
export function createRandom(seed: number | string): Random {
  let state = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick: empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let at = next() * total;
    for (const [item, weight] of items) {
      at -= weight;
      if (at < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted: empty list');
    return last[0];
  };
  const hex = (n: number): string => {
    let out = '';
    while (out.length < n) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, n);
  };
  return { next, int, chance: (p) => next() < p, pick, weighted, hex };
}
