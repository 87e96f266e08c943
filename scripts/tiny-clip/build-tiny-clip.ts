// A CLIP-shaped stand-in model of a few KB, written in the exact layout transformers.js loads
// (config, tokenizer, preprocessor config, onnx/{vision,text}_model_quantized.onnx), so tests
// run the real loading, tokenising, batching and storing code where the hub cannot be reached.
// It is not trained: what it "sees" is meaningless; only shapes and determinism are real.
//   vision: pixel_values [n,3,S,S] → AveragePool(S/4) → Flatten [n,48] → MatMul → image_embeds [n,dim]
//   text:   input_ids [n,t] → Gather(embedding table) → masked mean over tokens → text_embeds [n,dim]
// The masked mean makes a text's vector independent of how much padding its batch added.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto, { type onnx as Onnx } from 'onnx-proto';

// A CommonJS module: its namespace is a property of the default export under ESM.
const { onnx } = onnxProto;

export interface TinyClipOptions {
  /** Embedding size; deliberately not 512, so nothing may assume it. */
  dim?: number;
  seed?: number;
}

const IMAGE_SIZE = 16;
const POOLED = 3 * 4 * 4;
const SPECIAL = ['[PAD]', '[UNK]'];
const CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const PUNCTUATION = [...".,!?'-"];
const VOCAB = [...SPECIAL, ...CHARS, ...CHARS.map((c) => `##${c}`), ...PUNCTUATION];

/** mulberry32: the same weights on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function floatTensor(name: string, dims: number[], next: () => number): Onnx.ITensorProto {
  const count = dims.reduce((a, b) => a * b, 1);
  const data = Float32Array.from({ length: count }, () => next() * 2 - 1);
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: new Uint8Array(data.buffer) };
}

function int64Tensor(name: string, values: number[]): Onnx.ITensorProto {
  return { name, dims: [values.length], dataType: onnx.TensorProto.DataType.INT64, int64Data: values };
}

const dimsOf = (...dims: (number | string)[]): Onnx.ITensorShapeProto => ({
  dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })),
});

function valueInfo(name: string, elemType: number, ...dims: (number | string)[]): Onnx.IValueInfoProto {
  return { name, type: { tensorType: { elemType, shape: dimsOf(...dims) } } };
}

function model(graph: Onnx.IGraphProto): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: 7,
    producerName: 'shoebox-tiny-clip',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  }).finish();
}

function visionModel(dim: number, next: () => number): Uint8Array {
  const F = onnx.TensorProto.DataType.FLOAT;
  const kernel = IMAGE_SIZE / 4;
  return model({
    name: 'vision',
    input: [valueInfo('pixel_values', F, 'batch', 3, IMAGE_SIZE, IMAGE_SIZE)],
    output: [valueInfo('image_embeds', F, 'batch', dim)],
    initializer: [floatTensor('projection', [POOLED, dim], next)],
    node: [
      { opType: 'AveragePool', input: ['pixel_values'], output: ['pooled'], attribute: [
        { name: 'kernel_shape', type: onnx.AttributeProto.AttributeType.INTS, ints: [kernel, kernel] },
        { name: 'strides', type: onnx.AttributeProto.AttributeType.INTS, ints: [kernel, kernel] },
      ] },
      { opType: 'Flatten', input: ['pooled'], output: ['flat'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }] },
      { opType: 'MatMul', input: ['flat', 'projection'], output: ['image_embeds'] },
    ],
  });
}

function textModel(dim: number, next: () => number): Uint8Array {
  const F = onnx.TensorProto.DataType.FLOAT;
  const I64 = onnx.TensorProto.DataType.INT64;
  return model({
    name: 'text',
    input: [valueInfo('input_ids', I64, 'batch', 'sequence'), valueInfo('attention_mask', I64, 'batch', 'sequence')],
    output: [valueInfo('text_embeds', F, 'batch', dim)],
    initializer: [floatTensor('token_embedding', [VOCAB.length, dim], next), int64Tensor('axis_tokens', [1]), int64Tensor('axis_last', [2])],
    node: [
      { opType: 'Gather', input: ['token_embedding', 'input_ids'], output: ['tokens'] },
      { opType: 'Cast', input: ['attention_mask'], output: ['mask'], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: F }] },
      { opType: 'Unsqueeze', input: ['mask', 'axis_last'], output: ['mask3'] },
      { opType: 'Mul', input: ['tokens', 'mask3'], output: ['masked'] },
      { opType: 'ReduceSum', input: ['masked', 'axis_tokens'], output: ['summed'], attribute: [{ name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      { opType: 'ReduceSum', input: ['mask3', 'axis_tokens'], output: ['count'], attribute: [{ name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      { opType: 'Div', input: ['summed', 'count'], output: ['text_embeds'] },
    ],
  });
}

function tokenizerJson() {
  const special = (content: string, id: number) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map(special),
    normalizer: { type: 'Lowercase' },
    pre_tokenizer: { type: 'Whitespace' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(VOCAB.map((token, id) => [token, id])),
    },
  };
}

/** Writes the model into `dir` (e.g. DATA_DIR/models/<owner>/<name>). */
export async function buildTinyClip(dir: string, options: TinyClipOptions = {}): Promise<void> {
  const dim = options.dim ?? 32;
  const next = random(options.seed ?? 13);
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  const json = (file: string, value: unknown) => writeFile(path.join(dir, file), JSON.stringify(value, null, 2));
  await json('config.json', {
    model_type: 'clip',
    projection_dim: dim,
    logit_scale_init_value: 2.6592,
    text_config: { model_type: 'clip_text_model', hidden_size: dim, vocab_size: VOCAB.length, max_position_embeddings: 77 },
    vision_config: { model_type: 'clip_vision_model', hidden_size: dim, image_size: IMAGE_SIZE, patch_size: IMAGE_SIZE / 4 },
  });
  await json('tokenizer.json', tokenizerJson());
  await json('tokenizer_config.json', { tokenizer_class: 'CLIPTokenizer', model_max_length: 77, pad_token: '[PAD]', unk_token: '[UNK]' });
  await json('preprocessor_config.json', {
    image_processor_type: 'CLIPImageProcessor',
    feature_extractor_type: 'CLIPFeatureExtractor',
    do_resize: true,
    size: { shortest_edge: IMAGE_SIZE },
    resample: 3,
    do_center_crop: true,
    crop_size: { height: IMAGE_SIZE, width: IMAGE_SIZE },
    do_rescale: true,
    rescale_factor: 1 / 255,
    do_normalize: true,
    image_mean: [0.48145466, 0.4578275, 0.40821073],
    image_std: [0.26862954, 0.26130258, 0.27577711],
    do_convert_rgb: true,
  });
  await writeFile(path.join(dir, 'onnx', 'vision_model_quantized.onnx'), visionModel(dim, next));
  await writeFile(path.join(dir, 'onnx', 'text_model_quantized.onnx'), textModel(dim, next));
}
