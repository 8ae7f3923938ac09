import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { Asset, Exif } from '../../contract/entities.ts';
import { AssetPeople } from './asset-people.tsx';
import { CaptureSourceNote, PlaceWithSource } from './capture-sources.tsx';
import { otherExifFields } from './exif-other-fields.ts';
import {
  formatAltitude,
  formatCamera,
  formatCoordinates,
  formatDateTime,
  formatExposureBias,
  formatFileSize,
  formatFNumber,
  formatFocalLength,
  formatIso,
  formatPixelSize,
  formatPlace,
  formatRating,
  formatShutter,
} from './exif-format.ts';
import './viewer.css';

// The map's outlines load with the first photo that has a place, not with the viewer.
const MiniMap = lazy(() => import('../map/mini-map.tsx').then((module) => ({ default: module.MiniMap })));
// Every tag of the file, with its search, loads when "More" is opened.
const AllTags = lazy(() => import('./all-tags.tsx').then((module) => ({ default: module.AllTags })));

export interface AssetInfoPanelProps {
  asset: Asset;
  highlightedFaceId?: string | null;
  onHighlightFace?: (id: string | null) => void;
  personHref: (personId: string) => string;
  /** The file's size in bytes, when the caller knows it (the 2025 Asset shape has no such field). */
  fileSizeBytes?: number | null;
}

/** A label and its value; a null value means "not known" and the row is left out. */
type Row = readonly [label: string, value: ReactNode | null | undefined];

function Rows({ rows }: { rows: readonly Row[] }) {
  const present = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (present.length === 0) return null;
  return (
    <dl className="asset-info__rows">
      {present.map(([label, value]) => (
        <div className="asset-info__row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="asset-info__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="asset-info__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

const hasValue = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(typeof value === 'number' && !Number.isFinite(value));

/** True when the file carried any metadata at all, shown in a row or in "More". */
function hasAnyExif(exif: Exif | null | undefined): exif is Exif {
  return exif != null && Object.values(exif).some(hasValue);
}

function TakenAt({ text }: { text: string }) {
  const formatted = formatDateTime(text);
  // Unparseable text is still the best information there is: show it as given.
  if (formatted === null) return <>{text}</>;
  return (
    <>
      <span>{formatted.text}</span>{' '}
      {formatted.zone !== null ? (
        <span className="asset-info__zone">{formatted.zone}</span>
      ) : formatted.note !== null ? (
        <span
          className="asset-info__note"
          title="The file records no time zone, so this is the camera's clock as it was set."
        >
          {formatted.note}
        </span>
      ) : null}
    </>
  );
}

function Coordinates({ exif }: { exif: Exif }) {
  const text = formatCoordinates(exif.latitude, exif.longitude);
  if (text === null) return null;
  // A link, not an embedded map: no third-party tiles load unless the user asks for them.
  const { latitude: lat, longitude: lon } = exif;
  const href = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=15/${lat}/${lon}`;
  return (
    <>
      {text}{' '}
      <a className="asset-info__map-link" href={href} target="_blank" rel="noopener noreferrer">
        OpenStreetMap
      </a>
      {lat != null && lon != null ? (
        <Suspense fallback={null}>
          <MiniMap latitude={lat} longitude={lon} />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * Everything known about one photo: when (with the zone it was taken in), who, which camera and
 * settings, where, and the file, then every other EXIF field under "More". A value that is not
 * known is left out rather than shown empty. Text from the file (description, names) is rendered
 * as text, never as HTML.
 */
export function AssetInfoPanel({
  asset,
  highlightedFaceId = null,
  onHighlightFace = () => {},
  personHref,
  fileSizeBytes,
}: AssetInfoPanelProps) {
  const exif = hasAnyExif(asset.exif) ? asset.exif : null;
  const pixels = formatPixelSize(asset.width, asset.height);
  const rating = formatRating(exif?.rating);
  const description = exif?.description?.trim() ? exif.description : null;
  const faces = asset.faces ?? [];
  const people = asset.people ?? [];
  const more = otherExifFields(exif);
  const [moreOpen, setMoreOpen] = useState(false);

  const cameraRows: Row[] = exif
    ? [
        ['Camera', formatCamera(exif)],
        ['Lens', exif.lens_model?.trim() || null],
        ['Aperture', formatFNumber(exif.f_number)],
        ['Shutter', formatShutter(exif.exposure_time)],
        ['ISO', formatIso(exif.iso)],
        ['Focal length', formatFocalLength(exif.focal_length)],
        ['Exposure bias', formatExposureBias(exif.exposure_bias)],
      ]
    : [];
  const placeRows: Row[] = exif
    ? [
        ['Place', formatPlace(exif) && <PlaceWithSource place={formatPlace(exif)!} asset={asset} />],
        ['Coordinates', formatCoordinates(exif.latitude, exif.longitude) && <Coordinates exif={exif} />],
        ['Altitude', formatAltitude(exif.altitude)],
      ]
    : [];
  const present = (rows: Row[]) => rows.some(([, value]) => hasValue(value));

  return (
    <aside className="asset-info" aria-label="Photo details">
      {description !== null || rating !== null ? (
        <Section title="About">
          {description !== null ? <p className="asset-info__description">{description}</p> : null}
          <Rows
            rows={[
              [
                'Rating',
                rating && (
                  <span role="img" aria-label={rating.label}>
                    {rating.text}
                  </span>
                ),
              ],
            ]}
          />
        </Section>
      ) : null}

      <Section title="Date and time">
        <Rows
          rows={[
            [
              'Taken',
              <>
                <TakenAt text={asset.local_datetime} />
                <CaptureSourceNote asset={asset} />
              </>,
            ],
          ]}
        />
      </Section>

      {faces.length > 0 || people.some((p) => p.name?.trim()) ? (
        <Section title="People">
          <AssetPeople
            faces={faces}
            people={people}
            highlightedFaceId={highlightedFaceId}
            onHighlightFace={onHighlightFace}
            personHref={personHref}
          />
        </Section>
      ) : null}

      {/* Always said, also for a file whose metadata has no camera fields (a scan, a TIFF). */}
      <Section title="Camera">
        {present(cameraRows) ? (
          <Rows rows={cameraRows} />
        ) : (
          <p className="asset-info__muted">This file has no camera details</p>
        )}
      </Section>
      {present(placeRows) ? (
        <Section title="Place">
          <Rows rows={placeRows} />
        </Section>
      ) : null}

      <Section title="File">
        <Rows
          rows={[
            ['Name', asset.original_file_name],
            ['Type', asset.mime_type],
            ['Dimensions', pixels && `${pixels.dimensions} (${pixels.megapixels})`],
            ['File size', formatFileSize(fileSizeBytes)],
          ]}
        />
      </Section>

      {/* Always there: the server reads the file's whole record even when the index has no EXIF. */}
      <details className="asset-info__more" onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>More</summary>
        {moreOpen ? (
          <Suspense fallback={<p className="asset-info__muted">Reading every tag in the file…</p>}>
            <AllTags
              assetId={asset.id}
              fallback={
                more.length > 0 ? (
                  <dl className="asset-info__rows">
                    {more.map((field) => (
                      <div className="asset-info__row" key={field.key}>
                        <dt>{field.label}</dt>
                        <dd>{field.value}</dd>
                      </div>
                    ))}
                  </dl>
                ) : (
                  <p className="asset-info__muted">Nothing more is known about this file</p>
                )
              }
            />
          </Suspense>
        ) : null}
      </details>
    </aside>
  );
}
