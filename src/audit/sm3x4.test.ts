import { hash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sm3x4Binary } from './verify-worker.js';

// WebAssembly as Node has it (the project's type library has no DOM types)
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: object } };
};

interface Sm3x4 {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  base(): number;
  init(): void;
  hashMany(table: number, n: number, out: number, prefix: number): void;
}

function hasher() {
  const exports = new wasm.Instance(new wasm.Module(sm3x4Binary()), { env: { abort: () => { throw new Error('abort'); } } }).exports as unknown as Sm3x4;
  exports.init();
  exports.memory.grow(64);
  const base = (exports.base() + 15) & ~15;
  /** SM3 of each message (with a prefix byte, or -1 for none) through the four-lane hasher, in one call. */
  return (messages: Buffer[], prefix = -1, slots = messages.map((_, i) => i)): string[] => {
    const table = base, out = table + 12 * messages.length;
    let at = out + 32 * messages.length + 7; // messages at odd addresses: loads need no alignment
    const words = new Uint32Array(exports.memory.buffer), bytes = new Uint8Array(exports.memory.buffer);
    messages.forEach((m, i) => {
      bytes.set(m, at);
      words.set([at, m.length, slots[i]!], table / 4 + 3 * i);
      at += m.length + 3;
    });
    exports.hashMany(table, messages.length, out, prefix);
    return messages.map((_, i) => Buffer.from(bytes.subarray(out + 32 * slots[i]!, out + 32 * slots[i]! + 32)).toString('hex'));
  };
}

const openssl = (m: Buffer, prefix = -1) => hash('sm3', prefix < 0 ? m : Buffer.concat([Buffer.from([prefix]), m]), 'hex');

describe('SM3 four messages at a time', () => {
  it('gives the standard’s example digests (GB/T 32905-2016, appendix A)', () => {
    const sm3 = hasher();
    expect(sm3([Buffer.from('abc'), Buffer.from('abcd'.repeat(16))])).toEqual([
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    ]);
  });

  it('agrees with OpenSSL for every length up to five blocks, lanes of different lengths side by side, and any count', () => {
    const sm3 = hasher();
    // lengths 0..330 in an order that puts messages of 1 to 6 blocks in one step, and 331 of them (not a multiple of 4)
    const messages = Array.from({ length: 331 }, (_, i) => randomBytes((i * 97) % 331));
    const slots = messages.map((_, i) => 330 - i);
    expect(sm3(messages, -1, slots)).toEqual(messages.map((m) => openssl(m)));
    for (const n of [0, 1, 2, 3, 5]) expect(sm3(messages.slice(0, n))).toEqual(messages.slice(0, n).map((m) => openssl(m)));
    const long = randomBytes(100_003);
    expect(sm3([long, Buffer.alloc(0)])).toEqual([openssl(long), openssl(Buffer.alloc(0))]);
  });

  it('hashes a prefix byte and the message as one: Merkle leaves (0x00) and nodes (0x01) of any length it takes', () => {
    const sm3 = hasher();
    const messages = Array.from({ length: 119 }, (_, i) => randomBytes(i));
    for (const prefix of [0, 1, 255]) expect(sm3(messages, prefix)).toEqual(messages.map((m) => openssl(m, prefix)));
  });

  it('is the binary its source builds', async () => {
    const { default: asc } = await import('assemblyscript/asc');
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const argv = pkg.scripts['build:sm3x4']!.split(' ').slice(1);
    let built: Uint8Array | undefined;
    const { error, stderr } = await asc.main(argv, {
      writeFile: (name: string, contents: Uint8Array | string) => {
        if (name.endsWith('.wasm')) built = contents as Uint8Array;
      },
    });
    expect(error ?? stderr.toString()).toBeFalsy();
    expect(Buffer.from(built!).equals(Buffer.from(sm3x4Binary()))).toBe(true);
  });
});
