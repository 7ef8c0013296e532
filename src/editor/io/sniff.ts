/**
 * Recognising files that are clearly not text by their first bytes (magic numbers), so a PNG or a zip
 * renamed `.md` is refused with its real kind named. Pure.
 */

const SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'a zip archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a zip archive (or an Office document)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'a program (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** What kind of binary file `bytes` starts like, or null when it starts like no known binary format. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { kind, bytes: sig } of SIGNATURES) {
    if (sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b)) return kind;
  }
  return null;
}
