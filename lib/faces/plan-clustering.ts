// Where each of an owner's unassigned faces goes, decided in memory (faces:cluster writes it),
// from every face's nearest faces found once (face-neighbours.ts):
//  1. a face joins the person of its nearest assigned face within JOIN_DISTANCE, unless it was
//     rejected from that person ("Not this person"); repeated, so a face that joined can bring
//     its own near faces along;
//  2. the faces left are clustered by density (DBSCAN, density-clusters.ts): each cluster of at
//     least MIN_FACES faces becomes a new unnamed person;
//  3. step 1 again for the faces still left (towards the new people too).
// Running it again on its own result moves nothing: the faces left are those no person is near
// and too sparse to form one (idempotent, as the job must be).
import { densityClusters } from './density-clusters';
import { DESCRIPTOR_DIMENSIONS, nearestNeighbours, type Neighbours } from './face-neighbours';

/** Calibrated on the corpus (docs/ml.md "Faces"): same person 0.09–0.52, different people ≥ 0.78. */
export const JOIN_DISTANCE = 0.55;
/** New people form from tighter groups than a face needs to join a known person. */
export const CLUSTER_RADIUS = 0.5;
/** As Immich: a new person needs at least this many faces. */
export const MIN_FACES = 3;
/** Nearest faces looked at per face. */
const NEIGHBOURS = 16;
const MAX_JOIN_ROUNDS = 50;

export interface FaceToPlace {
  id: string;
  personId: string | null;
  descriptor: Float32Array;
  /** People this face was rejected from. */
  rejectedFrom?: ReadonlySet<string>;
}

export interface ClusteringPlan {
  /** Unassigned face id → existing person id. */
  joins: Map<string, string>;
  /** New people, each as its face ids. */
  newPeople: string[][];
}

export function planClustering(faces: FaceToPlace[], options = { joinDistance: JOIN_DISTANCE, radius: CLUSTER_RADIUS, minFaces: MIN_FACES }): ClusteringPlan {
  const points = new Float32Array(faces.length * DESCRIPTOR_DIMENSIONS);
  faces.forEach((f, i) => points.set(f.descriptor, i * DESCRIPTOR_DIMENSIONS));
  const neighbours = nearestNeighbours(points, NEIGHBOURS);
  // Who each face belongs to as the plan goes; new people get provisional keys "new:<n>".
  const owner: (string | null)[] = faces.map((f) => f.personId);

  joinUntilStable(faces, neighbours, owner, options.joinDistance);
  const active = Uint8Array.from(owner, (o) => (o === null ? 1 : 0));
  const labels = densityClusters(neighbours, active, { radius: options.radius, minPoints: options.minFaces });
  const sizes = new Map<number, number>();
  for (const l of labels) if (l >= 0) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const fresh = new Map<number, number>(); // cluster label → new person number
  labels.forEach((l, i) => {
    if (l < 0 || sizes.get(l)! < options.minFaces) return;
    if (!fresh.has(l)) fresh.set(l, fresh.size);
    owner[i] = `new:${fresh.get(l)}`;
  });
  joinUntilStable(faces, neighbours, owner, options.joinDistance);

  const joins = new Map<string, string>();
  const newPeople: string[][] = Array.from({ length: fresh.size }, () => []);
  faces.forEach((f, i) => {
    const o = owner[i];
    if (f.personId || o === null) return;
    if (o.startsWith('new:')) newPeople[Number(o.slice(4))].push(f.id);
    else joins.set(f.id, o);
  });
  return { joins, newPeople };
}

function joinUntilStable(faces: FaceToPlace[], { ids, distances }: Neighbours, owner: (string | null)[], joinDistance: number): void {
  for (let round = 0; round < MAX_JOIN_ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < faces.length; i++) {
      if (owner[i] !== null) continue;
      for (let r = 0; r < ids[i].length && distances[i][r] <= joinDistance; r++) {
        const person = owner[ids[i][r]];
        if (person === null || faces[i].rejectedFrom?.has(person)) continue;
        owner[i] = person;
        moved++;
        break;
      }
    }
    if (moved === 0) return;
  }
}
