/**
 * Standard output's reader may go away early (`smscore audit … | head`): that is the reader's choice, not an
 * error. From then on, what was meant for standard output is dropped, and the rest of the run (report files, the
 * exit code) goes on as if it had been read: a report file is still written, no temporary file is left.
 */

/** True once standard output's reader has closed the pipe (EPIPE) or the stream is otherwise gone. */
export function stdoutGone(out: NodeJS.WritableStream = process.stdout): boolean {
  const w = out as NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean };
  return w.destroyed === true || w.writableEnded === true || (out === process.stdout && closed);
}

let closed = false;
/** The error code when standard output failed for another reason than its reader leaving (a full disk: ENOSPC). */
let failure: string | undefined;

/**
 * Standard output could not be written (not a closed pipe, a real failure): the run goes on so that report files
 * are still completed and no temporary file is left, and then says so with exit code 2 (see program.ts).
 */
export function stdoutFailure(): string | undefined {
  return failure;
}

/**
 * Installed once at start-up: EPIPE marks standard output as gone; any other error is recorded for the end of the
 * run. Standard error can be closed the same way (`smscore … 2>&1 | head`): its messages are then dropped (there is
 * nowhere left to say anything), and the exit code still says how the run went.
 */
export function watchStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // After the first error, a later write can only fail again (ERR_STREAM_DESTROYED): nothing more to report.
    if (!closed && err.code !== 'EPIPE') failure = err.code ?? 'EIO';
    closed = true;
  });
  process.stderr.on('error', () => {
    stderrClosed = true;
  });
}

let stderrClosed = false;

export function stderrGone(): boolean {
  const w = process.stderr as NodeJS.WriteStream & { destroyed?: boolean };
  return stderrClosed || w.destroyed === true;
}
