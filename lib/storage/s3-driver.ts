// Derived files in an S3-compatible bucket (AWS, MinIO, Garage, R2…), under an optional key
// prefix. Checksums are computed only when an operation requires them: with the SDK's default
// ("when supported") a streamed PutObject to some S3-compatible servers is stored with the
// checksum trailer inside the object, silently corrupting it.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { READ_WHOLE_BELOW, type OpenedObject, type StorageDriver, type StoredObject } from './storage-driver';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  prefix: string;
}

// Multipart parts: S3's minimum is 5 MiB; 8 MiB keeps a 1 GB transcode under 130 parts.
const PART_SIZE = 8 * 1024 * 1024;

export class S3Driver implements StorageDriver {
  readonly name = 's3';
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private target(key: string) {
    return { Bucket: this.settings.bucket, Key: this.settings.prefix + key };
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    await this.client.send(new PutObjectCommand({ ...this.target(key), Body: data, ContentLength: data.length }));
  }

  async putStream(key: string, body: Readable): Promise<void> {
    await new Upload({ client: this.client, params: { ...this.target(key), Body: body }, partSize: PART_SIZE, queueSize: 2 }).done();
  }

  async putFile(key: string, file: string, move: boolean): Promise<void> {
    await this.putStream(key, createReadStream(file));
    if (move) await rm(file, { force: true });
  }

  async openRange(key: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null> {
    const answer = await missingAsNull(this.client.send(new GetObjectCommand({ ...this.target(key), Range: `bytes=${start}-${end}` })));
    if (!answer?.Body) return null;
    const body = answer.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    // Some servers answer a Range with more than was asked (the whole object, or s3rver's
    // "0-0" read as "0-"): pass on exactly the bytes asked for, never the neighbours.
    const sentFrom = Number(/^bytes (\d+)-/.exec(answer.ContentRange ?? '')?.[1] ?? 0);
    const wanted = end - start + 1;
    return sentFrom === start && answer.ContentLength === wanted ? body : sliceStream(body, start - sentFrom, wanted);
  }

  async open(key: string): Promise<OpenedObject | null> {
    const answer = await missingAsNull(this.client.send(new GetObjectCommand(this.target(key))));
    if (!answer?.Body) return null;
    const size = answer.ContentLength ?? 0;
    if (size >= READ_WHOLE_BELOW) return { body: answer.Body.transformToWebStream() as ReadableStream<Uint8Array>, size };
    const bytes = await answer.Body.transformToByteArray();
    return { body: bytes as Uint8Array<ArrayBuffer>, size: bytes.length };
  }

  async peek(key: string, length: number): Promise<{ head: Buffer; size: number } | null> {
    try {
      const answer = await missingAsNull(this.client.send(new GetObjectCommand({ ...this.target(key), Range: `bytes=0-${length - 1}` })));
      if (!answer?.Body) return null;
      const head = Buffer.from(await answer.Body.transformToByteArray());
      // "bytes 0-23/12345": the total is after the slash; a server ignoring Range sends it all.
      const total = Number(answer.ContentRange?.split('/')[1] ?? head.length);
      return { head: head.subarray(0, length), size: total };
    } catch (error) {
      // An empty object has no byte 0: S3 answers 416 to any Range (and s3rver a broken
      // answer). Only then is the failure not a failure.
      if ((await this.size(key).catch(() => null)) === 0) return { head: Buffer.alloc(0), size: 0 };
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    const answer = await missingAsNull(this.client.send(new HeadObjectCommand(this.target(key))));
    return answer ? (answer.ContentLength ?? 0) : null;
  }

  async read(key: string): Promise<Buffer | null> {
    const answer = await missingAsNull(this.client.send(new GetObjectCommand(this.target(key))));
    return answer?.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand(this.target(key)));
  }

  async *list(prefix: string): AsyncGenerator<StoredObject[]> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.settings.prefix + prefix, ContinuationToken: token }),
      );
      const objects = (page.Contents ?? []).map((o) => ({ key: (o.Key ?? '').slice(this.settings.prefix.length), size: o.Size ?? 0 }));
      if (objects.length) yield objects;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Tests and the bench stop their in-process server; the client's sockets go with it. */
  destroy(): void {
    this.client.destroy();
  }
}

async function missingAsNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) return null;
    throw error;
  }
}

/** Bytes skip..skip+length-1 of a stream. */
function sliceStream(source: ReadableStream<Uint8Array>, skip: number, length: number): ReadableStream<Uint8Array> {
  let toSkip = skip;
  let left = length;
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const from = Math.min(toSkip, chunk.length);
        toSkip -= from;
        const part = chunk.subarray(from, from + left);
        left -= part.length;
        if (part.length) controller.enqueue(part);
        if (left === 0) controller.terminate();
      },
    }),
  );
}
