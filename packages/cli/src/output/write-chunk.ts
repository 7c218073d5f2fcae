import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes `chunk`, waiting for `drain` when the stream's buffer is full, so memory stays flat. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
