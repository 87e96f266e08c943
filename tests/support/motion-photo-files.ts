// Motion photos made for tests the way phones make them: a real JPEG (sharp) carrying Google's
// XMP (Container:Directory, or the older MicroVideoOffset) with an ffmpeg-made MP4 appended, or
// Samsung's MotionPhoto_Data record and SEF trailer; and a short clip standing in for a Live
// Photo's .MOV. Real encoders, real bytes: the code under test sees what a phone writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shoebox-motion-'));

export interface ClipOptions {
  seconds?: number;
  width?: number;
  height?: number;
  /** ffmpeg's encoder: libx264 (browsers play it as it is) or mpeg4 (they do not: transcoded). */
  codec?: 'libx264' | 'mpeg4';
  /** Container by extension: .mp4 or .mov (QuickTime, as an iPhone writes). */
  ext?: '.mp4' | '.mov';
}

/** A test-pattern clip with a sine tone, as bytes. */
export function makeClip(options: ClipOptions = {}): Buffer {
  const { seconds = 1.5, width = 320, height = 240, codec = 'libx264', ext = '.mp4' } = options;
  const file = path.join(dir, `clip-${Math.random().toString(16).slice(2)}${ext}`);
  const video = codec === 'libx264' ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'] : ['-c:v', 'mpeg4', '-q:v', '5'];
  execFileSync('ffmpeg', [
    '-v', 'error', '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=15`, '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100',
    '-t', String(seconds), ...video, '-c:a', 'aac', '-shortest', file,
  ]);
  return readFileSync(file);
}

/** A plain JPEG (a gradient, so it is a real picture) with optional XMP. */
export async function makeJpeg(xmp?: string, width = 640, height = 480): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } }).jpeg({ quality: 80 });
  return xmp ? image.withXmp(xmp).toBuffer() : image.toBuffer();
}

const xmpPacket = (body: string) => `<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:GCamera="http://ns.google.com/photos/1.0/camera/"
        xmlns:Container="http://ns.google.com/photos/1.0/container/"
        xmlns:Item="http://ns.google.com/photos/1.0/container/item/"
${body}
  </rdf:RDF>
</x:xmpmeta>`;

/** A Pixel-style motion photo: MotionPhoto XMP whose directory gives the appended video's length. */
export async function googleMotionJpeg(mp4: Buffer): Promise<Buffer> {
  const xmp = xmpPacket(`      GCamera:MotionPhoto="1" GCamera:MotionPhotoVersion="1" GCamera:MotionPhotoPresentationTimestampUs="500000">
      <Container:Directory>
        <rdf:Seq>
          <rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="image/jpeg" Item:Semantic="Primary" Item:Length="0" Item:Padding="0"/></rdf:li>
          <rdf:li rdf:parseType="Resource"><Container:Item Item:Mime="video/mp4" Item:Semantic="MotionPhoto" Item:Length="${mp4.length}" Item:Padding="0"/></rdf:li>
        </rdf:Seq>
      </Container:Directory>
    </rdf:Description>`);
  return Buffer.concat([await makeJpeg(xmp), mp4]);
}

/** The older Google layout: MicroVideo="1" and the video's offset counted from the end. */
export async function microVideoJpeg(mp4: Buffer): Promise<Buffer> {
  const xmp = xmpPacket(`      GCamera:MicroVideo="1" GCamera:MicroVideoVersion="1" GCamera:MicroVideoOffset="${mp4.length}"/>`);
  return Buffer.concat([await makeJpeg(xmp), mp4]);
}

/** A Samsung JPEG: after the image, a `MotionPhoto_Data` record holding the MP4, then the SEF trailer. */
export async function samsungMotionJpeg(mp4: Buffer): Promise<Buffer> {
  const jpeg = await makeJpeg();
  const name = Buffer.from('MotionPhoto_Data', 'latin1');
  const recordHead = Buffer.alloc(8);
  recordHead.writeUInt16LE(0, 0);
  recordHead.writeUInt16LE(0x0a30, 2);
  recordHead.writeUInt32LE(name.length, 4);
  const record = Buffer.concat([recordHead, name, mp4]);
  const dir = Buffer.alloc(12 + 12);
  dir.write('SEFH', 0, 'latin1');
  dir.writeUInt32LE(107, 4);
  dir.writeUInt32LE(1, 8);
  dir.writeUInt16LE(0, 12);
  dir.writeUInt16LE(0x0a30, 14);
  dir.writeUInt32LE(record.length, 16); // offset back from SEFH
  dir.writeUInt32LE(record.length, 20);
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(dir.length, 0);
  tail.write('SEFT', 4, 'latin1');
  return Buffer.concat([jpeg, record, dir, tail]);
}
