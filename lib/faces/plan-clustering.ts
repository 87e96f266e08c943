// Where each of an owner's unassigned faces goes, decided in memory (faces:cluster writes it):
//  1. a face joins the person of its nearest assigned face within JOIN_DISTANCE, unless it was
//     rejected from that person ("Not this person");
//  2. the faces left are clustered by density (DBSCAN, density-clusters.ts): each cluster of at
//     least MIN_FACES faces becomes a new unnamed person;
//  3. step 1 again for the faces still left (against the new people too), until nothing moves.
// Running it again on its own result moves nothing: the faces left are those no person is near
// and too sparse to form one (idempotent, as the job must be).
import { DESCRIPTOR_DIMENSIONS, nearestNeighbours } from './face-neighbours';
import { densityClusters } from './density-clusters';

/** Calibrated on the corpus (docs/ml.md "Faces"): same person 0.09–0.52, different people ≥ 0.78. */
export const JOIN_DISTANCE = 0.55;
/** New people form from tighter groups than a face needs to join a known person. */
export const CLUSTER_RADIUS = 0.5;
/** As Immich: a new person needs at least this many faces. */
export const MIN_FACES = 3;

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

const MAX_JOIN_ROUNDS = 20;
const JOIN_CANDIDATES = 8;

export function planClustering(faces: FaceToPlace[], options = { joinDistance: JOIN_DISTANCE, radius: CLUSTER_RADIUS, minFaces: MIN_FACES }): ClusteringPlan {
  // Who each face belongs to as the plan goes; new people get provisional keys "new:<n>".
  const owner = new Map<string, string>();
  for (const f of faces) if (f.personId) owner.set(f.id, f.personId);
  const byId = new Map(faces.map((f) => [f.id, f]));

  joinUntilStable(faces, owner, options.joinDistance);
  const left = faces.filter((f) => !owner.has(f.id));
  const labels = densityClusters(stack(left), { radius: options.radius, minPoints: options.minFaces });
  const groups = new Map<number, string[]>();
  left.forEach((f, i) => {
    if (labels[i] >= 0) groups.set(labels[i], [...(groups.get(labels[i]) ?? []), f.id]);
  });
  const fresh = [...groups.values()].filter((g) => g.length >= options.minFaces);
  fresh.forEach((group, n) => group.forEach((id) => owner.set(id, `new:${n}`)));
  joinUntilStable(faces, owner, options.joinDistance);

  const joins = new Map<string, string>();
  const newPeople: string[][] = fresh.map(() => []);
  for (const [id, person] of owner) {
    if (byId.get(id)!.personId) continue;
    if (person.startsWith('new:')) newPeople[Number(person.slice(4))].push(id);
    else joins.set(id, person);
  }
  return { joins, newPeople };
}

/** Step 1, repeated: a face that joined can bring its own nearest faces along on the next round. */
function joinUntilStable(faces: FaceToPlace[], owner: Map<string, string>, joinDistance: number): void {
  for (let round = 0; round < MAX_JOIN_ROUNDS; round++) {
    const refs = faces.filter((f) => owner.has(f.id));
    const todo = faces.filter((f) => !owner.has(f.id));
    if (refs.length === 0 || todo.length === 0) return;
    const { ids, distances } = nearestNeighbours(stack(refs), JOIN_CANDIDATES, stack(todo));
    let moved = 0;
    todo.forEach((face, i) => {
      for (let r = 0; r < ids[i].length && distances[i][r] <= joinDistance; r++) {
        const person = owner.get(refs[ids[i][r]].id)!;
        if (face.rejectedFrom?.has(person)) continue;
        owner.set(face.id, person);
        moved++;
        return;
      }
    });
    if (moved === 0) return;
  }
}

function stack(faces: FaceToPlace[]): Float32Array {
  const out = new Float32Array(faces.length * DESCRIPTOR_DIMENSIONS);
  faces.forEach((f, i) => out.set(f.descriptor, i * DESCRIPTOR_DIMENSIONS));
  return out;
}
