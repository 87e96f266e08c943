// face-api (vladmandic's maintained fork) on TensorFlow.js's WASM backend: the weights ship in
// its npm package (SSD MobileNet v1 detector, 68-point landmarks, 128-d recognition), so faces
// need no download. Its default Node entry wants @tensorflow/tfjs-node, whose install fetches a
// native library and fails offline; the node-wasm build runs anywhere Node does.
// Loaded once per process, lazily (the web process never pays for it), and every detection runs
// one at a time: tfjs keeps one global engine, and two interleaved inferences on two cores gain
// nothing but memory.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as FaceApi from '@vladmandic/face-api/dist/face-api.node-wasm.js';

const require = createRequire(import.meta.url);

/** What analyses.faces_model records: detector + recognition net, and the package version. */
export const FACES_MODEL = 'face-api-1.7.15:ssd_mobilenetv1+landmark68+recognition128';
/** SSD's own default; faces below it are not kept at all. */
export const MIN_DETECTION_SCORE = 0.5;

export interface DetectedFace {
  /** Pixels of the analysed picture. */
  box: { x: number; y: number; width: number; height: number };
  score: number;
  landmarks: { x: number; y: number }[];
  descriptor: Float32Array;
}

let loading: Promise<typeof FaceApi> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function load(): Promise<typeof FaceApi> {
  loading ??= (async () => {
    const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as typeof FaceApi;
    // face-api's bundled typings of tf leave out the engine calls; they are there at run time.
    const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
    await tf.setBackend('wasm');
    await tf.ready();
    const weights = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
    await faceapi.nets.ssdMobilenetv1.loadFromDisk(weights);
    await faceapi.nets.faceLandmark68Net.loadFromDisk(weights);
    await faceapi.nets.faceRecognitionNet.loadFromDisk(weights);
    return faceapi;
  })().catch((error: unknown) => {
    loading = null; // a later job tries again
    throw error;
  });
  return loading;
}

/** Faces in an RGB picture (3 bytes per pixel, row-major), with landmarks and descriptors. */
export function detectFaces(rgb: Uint8Array, width: number, height: number): Promise<DetectedFace[]> {
  const run = queue.then(async () => {
    const faceapi = await load();
    const tensor = faceapi.tf.tensor3d(rgb, [height, width, 3], 'int32');
    try {
      const found = await faceapi
        .detectAllFaces(tensor as unknown as FaceApi.TNetInput, new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_DETECTION_SCORE }))
        .withFaceLandmarks()
        .withFaceDescriptors();
      return found.map((f) => ({
        box: { x: f.detection.box.x, y: f.detection.box.y, width: f.detection.box.width, height: f.detection.box.height },
        score: f.detection.score,
        landmarks: f.landmarks.positions.map((p) => ({ x: p.x, y: p.y })),
        descriptor: Float32Array.from(f.descriptor),
      }));
    } finally {
      tensor.dispose();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
