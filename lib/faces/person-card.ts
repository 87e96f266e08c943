// A people row as the pages and the API show it: an unnamed person's '' becomes null.
import type { PersonRow } from './faces.queries';
import type { PersonCard } from './faces.schemas';

export function toPersonCard(row: PersonRow): PersonCard {
  return { id: row.id, name: row.name === '' ? null : row.name, hidden: row.hidden, faceCount: row.face_count, coverFaceId: row.cover_face_id };
}
