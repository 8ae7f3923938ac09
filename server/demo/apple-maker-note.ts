/**
 * An Apple MakerNote holding only a content identifier: what an iPhone writes into a Live
 * Photo's still (tag 0x0011, the same UUID as the MOV's `com.apple.quicktime.content.identifier`).
 * ExifTool can rewrite a tag inside an existing Apple MakerNote but not create one, so the demo
 * and the tests build the block here and hand it to ExifTool as the file's `MakerNotes`.
 */

/** Layout: `Apple iOS\0`, version 1, `MM`, then a big-endian IFD whose offsets count from the start. */
export function appleMakerNote(contentIdentifier: string): Buffer {
  const header = Buffer.concat([
    Buffer.from('Apple iOS\0', 'latin1'),
    Buffer.from([0, 1]),
    Buffer.from('MM'),
  ]);
  const value = Buffer.from(`${contentIdentifier}\0`, 'ascii');
  const entries = 2;
  const valueOffset = header.length + 2 + entries * 12 + 4;
  const ifd = Buffer.alloc(2 + entries * 12 + 4);
  ifd.writeUInt16BE(entries, 0);
  // 0x0001 MakerNoteVersion, SLONG: 14 (as iOS 16 writes)
  ifd.writeUInt16BE(0x0001, 2);
  ifd.writeUInt16BE(9, 4);
  ifd.writeUInt32BE(1, 6);
  ifd.writeUInt32BE(14, 10);
  // 0x0011 ContentIdentifier, ASCII, stored after the IFD
  ifd.writeUInt16BE(0x0011, 14);
  ifd.writeUInt16BE(2, 16);
  ifd.writeUInt32BE(value.length, 18);
  ifd.writeUInt32BE(valueOffset, 22);
  return Buffer.concat([header, ifd, value]);
}
