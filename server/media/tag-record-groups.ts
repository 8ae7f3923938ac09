/**
 * ExifTool's groups in a person's words. ExifTool names a tag's place twice: family 0 says what
 * kind of metadata it is (EXIF, MakerNotes, XMP, QuickTime…), family 1 where exactly (IFD0,
 * ExifIFD, Nikon, XMP-dc, Track1…). A group of the record is one family-1 group; its label starts
 * with the kind people know and adds the place when there is more than one of that kind. Pure.
 */

/** Kinds in the order the panel lists them; any other kind follows, in the file's order. */
const KINDS: readonly (readonly [family0: string, label: string])[] = [
  ['EXIF', 'EXIF'],
  ['MakerNotes', 'Maker notes'],
  ['XMP', 'XMP'],
  ['XMP-sidecar', 'XMP sidecar'],
  ['IPTC', 'IPTC'],
  ['QuickTime', 'QuickTime'],
  ['LivePhoto-motion', 'Live Photo motion clip'],
  ['Composite', 'Composite'],
  ['File', 'File'],
  ['ICC_Profile', 'Colour profile'],
  ['JFIF', 'JFIF'],
  ['Photoshop', 'Photoshop'],
  ['MPF', 'Multi-picture'],
  ['APP14', 'Adobe'],
  ['FlashPix', 'FlashPix'],
  ['PrintIM', 'Print Image Matching'],
  ['RIFF', 'RIFF'],
  ['PNG', 'PNG'],
  ['ExifTool', 'Notes from the reader'],
];
const KIND_LABELS = new Map(KINDS);
const KIND_ORDER = new Map(KINDS.map(([kind], i) => [kind, i]));

/** Family-1 places with a plainer name than ExifTool's. */
const PLACES: ReadonlyMap<string, string> = new Map([
  ['EXIF:IFD0', 'main image'],
  ['EXIF:ExifIFD', 'photo'],
  ['EXIF:GPS', 'GPS'],
  ['EXIF:InteropIFD', 'interoperability'],
  ['EXIF:IFD1', 'thumbnail'],
  ['EXIF:SubIFD', 'sub-image'],
  ['File:System', 'on disk'],
  ['File:File', 'format'],
  ['Composite:MWG', 'reconciled (MWG)'],
  ['QuickTime:UserData', 'user data'],
  ['QuickTime:ItemList', 'item list'],
  ['QuickTime:Keys', 'keys'],
  ['QuickTime:Meta', 'image properties'],
  ['ICC_Profile:ICC-header', 'header'],
  ['ICC_Profile:ICC-meas', 'measurement'],
  ['ICC_Profile:ICC-view', 'viewing conditions'],
]);

/** XMP namespaces by their family-1 suffix (`XMP-dc` → `dc`). */
const XMP_NAMESPACES: ReadonlyMap<string, string> = new Map([
  ['dc', 'Dublin Core'],
  ['xmp', 'basic'],
  ['exif', 'EXIF'],
  ['exifEX', 'EXIF 2.3'],
  ['tiff', 'TIFF'],
  ['aux', 'camera extras'],
  ['photoshop', 'Photoshop'],
  ['crs', 'Camera Raw settings'],
  ['xmpMM', 'edit history'],
  ['xmpRights', 'rights'],
  ['mwg-rs', 'face regions'],
  ['mwg-kw', 'keywords'],
  ['iptcCore', 'IPTC Core'],
  ['iptcExt', 'IPTC Extension'],
  ['GPano', 'panorama'],
  ['lr', 'Lightroom'],
  ['digiKam', 'digiKam'],
  ['microsoft', 'Microsoft'],
  ['MP', 'Microsoft Photo'],
  ['x', 'packet'],
]);

/**
 * `EXIF` + `ExifIFD` → "EXIF · photo", `MakerNotes` + `Nikon` → "Maker notes · Nikon",
 * `XMP` + `XMP-dc` → "XMP · Dublin Core", `QuickTime` + `Track1` → "QuickTime · track 1",
 * `IPTC` + `IPTC` → "IPTC". An unknown kind keeps ExifTool's own names.
 */
export function groupLabel(family0: string, family1: string): string {
  const kind = KIND_LABELS.get(family0) ?? family0;
  if (family1 === family0) return kind;
  const place =
    PLACES.get(`${family0}:${family1}`) ??
    (family0 === 'XMP' && family1.startsWith('XMP-')
      ? (XMP_NAMESPACES.get(family1.slice(4)) ?? family1.slice(4))
      : family0 === 'QuickTime' && /^Track\d+$/.test(family1)
        ? `track ${family1.slice(5)}`
        : family1);
  // `APP14` + `Adobe` is just "Adobe": a place named like its kind says nothing twice.
  return place === kind ? kind : `${kind} · ${place}`;
}

/** Where a kind sorts among the groups: known kinds first, in the panel's order. */
export function kindRank(family0: string): number {
  return KIND_ORDER.get(family0) ?? KINDS.length;
}
