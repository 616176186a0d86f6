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

/**
 * Installed once at start-up: EPIPE marks standard output as gone; any other error is a real one. Standard error
 * can be closed the same way (`smscore … 2>&1 | head`): its messages are then dropped, and the exit code still
 * says how the run went.
 */
export function watchStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || closed) {
      // After EPIPE, a later write can only fail again (ERR_STREAM_DESTROYED): nothing to report.
      closed = true;
      return;
    }
    throw err;
  });
  process.stderr.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || stderrClosed) {
      stderrClosed = true;
      return;
    }
    throw err;
  });
}

let stderrClosed = false;

export function stderrGone(): boolean {
  const w = process.stderr as NodeJS.WriteStream & { destroyed?: boolean };
  return stderrClosed || w.destroyed === true;
}
