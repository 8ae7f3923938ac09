/**
 * A small real photo folder for the gateway's tests: fixture photos from the indexer's collection
 * (EXIF, GPS) plus generated ones with MWG face regions (named and unnamed people), in two album
 * folders and the root, so every filter the gallery uses has something to find.
 */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'testing', 'fixtures');

/** People named in the generated photos. */
export const FOLDER_PEOPLE = ['Ana Ferreira', 'Rui Costa', 'Mei Tanaka'] as const;

interface FaceBox {
  name: string | null;
  /** MWG: the box centre and size, normalised to the image. */
  x: number;
  y: number;
  w: number;
  h: number;
}

function faceXmp(width: number, height: number, faces: FaceBox[]): string {
  const regions = faces
    .map(
      (f) => `<rdf:li><rdf:Description ${f.name ? `mwg-rs:Name="${f.name}"` : ''} mwg-rs:Type="Face">
        <mwg-rs:Area stArea:x="${f.x}" stArea:y="${f.y}" stArea:w="${f.w}" stArea:h="${f.h}" stArea:unit="normalized"/>
      </rdf:Description></rdf:li>`,
    )
    .join('');
  return `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
    xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#" xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#">
   <mwg-rs:Regions rdf:parseType="Resource">
    <mwg-rs:AppliedToDimensions stDim:w="${width}" stDim:h="${height}" stDim:unit="pixel"/>
    <mwg-rs:RegionList><rdf:Bag>${regions}</rdf:Bag></mwg-rs:RegionList>
   </mwg-rs:Regions>
  </rdf:Description></rdf:RDF></x:xmpmeta>`;
}

async function facePhoto(file: string, taken: string, background: string, faces: FaceBox[]): Promise<void> {
  const [width, height] = [900, 600];
  await sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: 'Canon', Model: 'Canon EOS R6' }, IFD2: { DateTimeOriginal: taken, OffsetTimeOriginal: '+01:00' } })
    .withXmp(faceXmp(width, height, faces))
    .toFile(file);
}

/** Write the folder under `root` (which must exist): 7 photos, albums `Family` and `Trip`. */
export async function makePhotoFolder(root: string): Promise<void> {
  await mkdir(path.join(root, 'Family'), { recursive: true });
  await mkdir(path.join(root, 'Trip'), { recursive: true });
  await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'Canon_40D.jpg'));
  await cp(path.join(FIXTURES, 'Nikon_D70.jpg'), path.join(root, 'Nikon_D70.jpg'));
  await cp(path.join(FIXTURES, 'gps', 'DSCN0010.jpg'), path.join(root, 'Trip', 'DSCN0010.jpg'));
  await cp(path.join(FIXTURES, 'Pentax_K10D.jpg'), path.join(root, 'Trip', 'Pentax_K10D.jpg'));
  const [ana, rui, mei] = FOLDER_PEOPLE;
  await facePhoto(path.join(root, 'Family', 'picnic.jpg'), '2024:06:01 14:30:05', '#4a7', [
    { name: ana, x: 0.25, y: 0.4, w: 0.15, h: 0.25 },
    { name: rui, x: 0.7, y: 0.45, w: 0.15, h: 0.25 },
    { name: null, x: 0.5, y: 0.8, w: 0.08, h: 0.12 },
  ]);
  await facePhoto(path.join(root, 'Family', 'birthday.jpg'), '2024:07:14 19:02:11', '#a74', [
    { name: ana, x: 0.5, y: 0.5, w: 0.2, h: 0.3 },
    { name: mei, x: 0.2, y: 0.3, w: 0.1, h: 0.15 },
  ]);
  await facePhoto(path.join(root, 'Trip', 'summit.jpg'), '2023:09:03 11:45:00', '#47a', [{ name: rui, x: 0.6, y: 0.35, w: 0.12, h: 0.2 }]);
}
