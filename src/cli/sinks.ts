/**
 * Where a streamed report goes: standard output, or a file written through a temporary file beside it and renamed
 * into place at the very end, so a run that fails or is interrupted leaves the existing file as it was and no
 * temporary file behind. A report whose head is known only at the end (ReportStream.headLast) has its body held
 * in a spool file meanwhile (in the target's folder, or the system's temporary folder for standard output), never
 * in memory.
 */
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { openAtomicWriter, openSpool, WriteError, type Spool } from '../io/atomic-write.js';
import { stdoutGone } from './stdout.js';

export interface ReportSink {
  /** A piece of the body, in order. */
  write(chunk: string): Promise<void>;
  /** The head (before everything written so far) and the tail: the report is complete, not yet visible. */
  end(head: string, tail: string): Promise<void>;
  /** Makes a file report visible (the rename); nothing for standard output. */
  commit(): void;
  /** Drops the report: removes the temporary files, leaves an existing target untouched. Safe at any time. */
  abort(): void;
}

/** Writes to a stream, waiting when its buffer is full (a slow pipe) so that memory stays flat. */
async function writeTo(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  // A reader that has gone (`| head`) gets nothing more; the other reports are still completed.
  if (data.length === 0 || stdoutGone(stream)) return;
  if (stream.write(data)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    // An EPIPE while waiting: the stream is destroyed, and may not say 'close' to this listener in time.
    stream.on('error', done);
  });
}

export function stdoutSink(headLast: boolean, out: NodeJS.WritableStream = process.stdout): ReportSink {
  const dir = tmpdir();
  const wrap = (err: unknown): never => {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new WriteError(dir, code, 'spool');
  };
  let spool: Spool | undefined;
  if (headLast) {
    try {
      spool = openSpool(dir);
    } catch (err) {
      wrap(err);
    }
  }
  return {
    async write(chunk) {
      if (!spool) return writeTo(out, chunk);
      try {
        spool.write(chunk);
      } catch (err) {
        wrap(err);
      }
    },
    async end(head, tail) {
      if (!spool && head) throw new Error('internal: a head at the end of a report that does not hold its body');
      await writeTo(out, head);
      if (spool) {
        await spool.drain((block) => writeTo(out, block));
        spool.close();
      }
      await writeTo(out, tail);
    },
    commit() {},
    abort() {
      spool?.close();
    },
  };
}

export function fileSink(file: string, headLast: boolean): ReportSink {
  const writer = openAtomicWriter(file);
  let spool: Spool | undefined;
  const fail = (err: unknown): never => {
    spool?.close();
    writer.abort();
    if (err instanceof WriteError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new WriteError(file, code, 'io');
  };
  if (headLast) {
    try {
      spool = openSpool(dirname(file));
    } catch (err) {
      fail(err);
    }
  }
  return {
    async write(chunk) {
      try {
        if (spool) spool.write(chunk);
        else writer.write(chunk);
      } catch (err) {
        fail(err);
      }
    },
    async end(head, tail) {
      if (!spool && head) throw new Error('internal: a head at the end of a report that does not hold its body');
      try {
        writer.write(head);
        if (spool) {
          await spool.drain((block) => writer.write(block));
          spool.close();
        }
        writer.write(tail);
      } catch (err) {
        fail(err);
      }
    },
    commit() {
      writer.commit();
    },
    abort() {
      spool?.close();
      writer.abort();
    },
  };
}
