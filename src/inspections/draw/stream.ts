import { sm3WithPrefix } from './sm3.js';

/**
 * A deterministic stream of 32-bit words: block i is SM3(seed ":" label ":" i) (i in decimal from 0),
 * read as eight big-endian words, in order.
 */
export class SeedStream {
  private readonly words = new Uint32Array(8);
  private block = 0;
  private next = 8;

  /** `seeded` is `seededHasher(seed)`, shared by every stream of one draw (the seed's blocks are hashed once). */
  constructor(
    private readonly seeded: (suffix: string, out?: Uint32Array) => Uint32Array,
    private readonly label: string,
  ) {}

  word(): number {
    if (this.next === 8) {
      this.seeded(`${this.label}:${this.block++}`, this.words);
      this.next = 0;
    }
    return this.words[this.next++]!;
  }

  /** A uniform integer in [0, range): rejection sampling, so no value is favoured. */
  below(range: number): number {
    const limit = 2 ** 32 - (2 ** 32 % range);
    for (;;) {
      const w = this.word();
      if (w < limit) return w % range;
    }
  }
}

/** The hasher of messages that start with `seed ":"`. */
export const seededHasher = (seed: string) => sm3WithPrefix(`${seed}:`);
