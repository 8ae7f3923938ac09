import { Link } from 'react-router';
import type { Face, Person } from '../../contract/entities.ts';
import { faceName } from './face-boxes.ts';
import './viewer.css';

export interface AssetPeopleProps {
  faces: Face[];
  people: Person[];
  highlightedFaceId: string | null;
  onHighlightFace: (id: string | null) => void;
  personHref: (personId: string) => string;
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '');
  return (letters.length > 1 ? letters[0]! + letters.at(-1)! : (letters[0] ?? '')).toUpperCase();
}

/**
 * The named people in a photo as avatar chips linking to their page, plus a count of the faces
 * nobody has named. Hovering or focusing a chip highlights that person's face on the photo, and
 * a face highlighted on the photo lights up its person's chip: the same state, both directions.
 */
export function AssetPeople({
  faces,
  people,
  highlightedFaceId,
  onHighlightFace,
  personHref,
}: AssetPeopleProps) {
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const named = people.filter((person) => person.name?.trim());
  const unnamedFaces = faces.filter((face) => faceName(face, peopleById) === null).length;
  const highlightedPersonId = faces.find((face) => face.id === highlightedFaceId)?.person_id ?? null;
  if (named.length === 0 && unnamedFaces === 0) return null;

  const unnamedText = `${unnamedFaces} unnamed face${unnamedFaces === 1 ? '' : 's'}`;
  return (
    <>
      {named.length > 0 ? (
        <ul className="person-chips">
          {named.map((person) => {
            const name = person.name!.trim();
            const faceId = faces.find((face) => face.person_id === person.id)?.id ?? null;
            const highlighted = highlightedPersonId === person.id;
            const highlight = () => onHighlightFace(faceId);
            const clear = () => onHighlightFace(null);
            return (
              <li key={person.id}>
                <Link
                  to={personHref(person.id)}
                  className={`person-chip${highlighted ? ' person-chip--highlighted' : ''}`}
                  data-highlighted={highlighted ? 'true' : undefined}
                  onMouseEnter={highlight}
                  onMouseLeave={clear}
                  onFocus={highlight}
                  onBlur={clear}
                >
                  {person.thumbnail_face_url ? (
                    // The name sits right next to it, so the avatar is decorative.
                    <img className="person-chip__avatar" src={person.thumbnail_face_url} alt="" />
                  ) : (
                    <span className="person-chip__avatar person-chip__avatar--initials" aria-hidden="true">
                      {initials(name)}
                    </span>
                  )}
                  <span className="person-chip__name">{name}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
      {unnamedFaces > 0 ? (
        // Plain text, not a "+" that reads like a button: nothing happens on it.
        <p className="asset-info__muted">{named.length > 0 ? `Also ${unnamedText}` : unnamedText}</p>
      ) : null}
    </>
  );
}
