/**
 * Turns a HEIF file into the shape an iPhone writes for a portrait photo: the pixels stay stored
 * sideways and an `irot` box tells the decoder to turn them (the EXIF inside still says
 * Orientation 6). Debian's `heif-enc` has no rotate flag and ExifTool can't add an `irot` box,
 * so it is built here: append `irot` to `ipco`, associate it with the primary item in
 * `ipma`, grow every enclosing box, and shift the `iloc` offsets past the inserted bytes.
 * For the demo library and test fixtures: it handles the layouts heif-enc writes (meta before
 * mdat, iloc v0/v1).
 */

interface Box {
  type: string;
  start: number;
  size: number;
  /** Where the box's children (or payload) begin. */
  body: number;
}

function boxesIn(bytes: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  for (let at = from; at + 8 <= to;) {
    const size = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (size < 8) throw new Error(`unsupported box size ${size} for ${type}`);
    const fullBox = type === 'meta' || type === 'ipma' || type === 'iloc' || type === 'pitm';
    out.push({ type, start: at, size, body: at + 8 + (fullBox ? 4 : 0) });
    at += size;
  }
  return out;
}

function child(bytes: Buffer, parent: Box, type: string): Box {
  const found = boxesIn(bytes, parent.body, parent.start + parent.size).find((b) => b.type === type);
  if (!found) throw new Error(`no ${type} box`);
  return found;
}

/**
 * The same HEIF with an `irot` property on its primary item: `quarterTurns` anticlockwise
 * (the box's own unit), so 3 is what a camera writes for EXIF Orientation 6 (turn 90° clockwise).
 */
export function withHeifRotation(heif: Buffer, quarterTurns: 1 | 2 | 3): Buffer {
  const top = boxesIn(heif, 0, heif.length);
  const meta = top.find((b) => b.type === 'meta');
  const mdat = top.find((b) => b.type === 'mdat');
  if (!meta || !mdat || mdat.start < meta.start) throw new Error('expected meta before mdat');
  const pitm = child(heif, meta, 'pitm');
  const primary = heif.readUInt16BE(pitm.body);
  const iprp = child(heif, meta, 'iprp');
  const ipco = child(heif, iprp, 'ipco');
  const ipma = child(heif, iprp, 'ipma');
  const iloc = child(heif, meta, 'iloc');
  const propertyIndex = boxesIn(heif, ipco.body, ipco.start + ipco.size).length + 1;
  if (propertyIndex > 127) throw new Error('too many properties for a 7-bit ipma index');
  if ((heif.readUInt32BE(ipma.start + 8) & 0xffffff & 1) !== 0) throw new Error('wide ipma unsupported');

  const irot = Buffer.from([0, 0, 0, 9, ...Buffer.from('irot'), quarterTurns]);
  const inserted = irot.length + 1; // the box, and one association byte in ipma
  const out = Buffer.concat([
    heif.subarray(0, ipco.start + ipco.size),
    irot,
    heif.subarray(ipco.start + ipco.size),
  ]);
  // ipma now starts irot.length later (it follows ipco inside iprp).
  const ipmaAt = ipma.start + irot.length;
  const entries = out.readUInt32BE(ipmaAt + 12);
  let at = ipmaAt + 16;
  let insertAt = -1;
  for (let i = 0; i < entries; i++) {
    const version = out.readUInt8(ipmaAt + 8);
    const item = version < 1 ? out.readUInt16BE(at) : out.readUInt32BE(at);
    at += version < 1 ? 2 : 4;
    const count = out.readUInt8(at);
    if (item === primary) {
      out.writeUInt8(count + 1, at);
      insertAt = at + 1 + count;
    }
    at += 1 + count;
  }
  if (insertAt < 0) throw new Error('primary item has no ipma entry');
  const result = Buffer.concat([
    out.subarray(0, insertAt),
    Buffer.from([propertyIndex]),
    out.subarray(insertAt),
  ]);
  for (const box of [meta, iprp]) result.writeUInt32BE(box.size + inserted, box.start);
  result.writeUInt32BE(ipco.size + irot.length, ipco.start);
  result.writeUInt32BE(ipma.size + 1, ipmaAt);
  shiftItemOffsets(result, iloc, inserted);
  return result;
}

/** Add `delta` to every item's file offset in `iloc` (which sits before the insertion). */
function shiftItemOffsets(bytes: Buffer, iloc: Box, delta: number): void {
  const version = bytes.readUInt8(iloc.start + 8);
  let at = iloc.body;
  const sizes = bytes.readUInt16BE(at);
  const offsetSize = sizes >> 12;
  const lengthSize = (sizes >> 8) & 0xf;
  const baseSize = (sizes >> 4) & 0xf;
  const indexSize = version >= 1 ? sizes & 0xf : 0;
  at += 2;
  const items = version < 2 ? bytes.readUInt16BE(at) : bytes.readUInt32BE(at);
  at += version < 2 ? 2 : 4;
  const add = (offset: number, size: number) => {
    if (size === 4) bytes.writeUInt32BE(bytes.readUInt32BE(offset) + delta, offset);
    else if (size === 8) bytes.writeBigUInt64BE(bytes.readBigUInt64BE(offset) + BigInt(delta), offset);
  };
  for (let i = 0; i < items; i++) {
    at += version < 2 ? 2 : 4;
    let construction = 0;
    if (version >= 1) {
      construction = bytes.readUInt16BE(at) & 0xf;
      at += 2;
    }
    at += 2; // data reference index
    // Construction method 0 is a file offset; 1 (idat) and 2 (item) are not moved by the insert.
    const fileOffsets = construction === 0;
    // With a base offset the extents are relative to it (shift the base); without, they are file offsets.
    if (fileOffsets && baseSize > 0) add(at, baseSize);
    at += baseSize;
    const extents = bytes.readUInt16BE(at);
    at += 2;
    for (let e = 0; e < extents; e++) {
      at += indexSize;
      if (fileOffsets && baseSize === 0) add(at, offsetSize);
      at += offsetSize + lengthSize;
    }
  }
}
