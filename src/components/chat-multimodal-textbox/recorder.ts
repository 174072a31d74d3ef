/**
 * Records audio from the microphone. The textbox loads this module with
 * `import()` on the first press of the microphone button, so pages that
 * never record never download it.
 */

/** Why the microphone could not be used: permission refused, no device, or anything else. */
export type MicrophoneProblem = 'denied' | 'missing' | 'failed';

export class MicrophoneError extends Error {
  readonly problem: MicrophoneProblem;

  constructor(problem: MicrophoneProblem, message: string, options?: {cause?: unknown}) {
    super(message, options);
    this.name = 'MicrophoneError';
    this.problem = problem;
  }
}

/** A running recording. */
export interface Recording {
  /** How loud the microphone is now, from 0 to 1 (for a level meter). */
  level(): number;
  /** Ends the recording, releases the microphone and gives the audio as a file. */
  stop(): Promise<File>;
  /** Ends the recording and releases the microphone, keeping nothing. */
  cancel(): void;
}

/** In order of preference: Opus in WebM (Chromium, Firefox), then what Safari has. */
const containers = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
const extensions: Record<string, string> = {'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a'};

function classify(error: unknown): MicrophoneError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return new MicrophoneError('denied', message, {cause: error});
  }
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') {
    return new MicrophoneError('missing', message, {cause: error});
  }
  return new MicrophoneError('failed', message || name || 'unknown error', {cause: error});
}

/** A file name for a recording made now: `recording-2025-01-31-14-05-09.webm`. */
function fileName(type: string): string {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-');
  return `recording-${stamp}.${extensions[type] ?? 'webm'}`;
}

/** A meter of the stream's loudness through an AnalyserNode. */
function levelMeter(stream: MediaStream): {level(): number; close(): void} {
  const context = new AudioContext();
  void context.resume();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  return {
    level() {
      analyser.getByteTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += ((sample - 128) / 128) ** 2;
      // Speech has an RMS around 0.1-0.3: scale it so the meter moves visibly.
      return Math.min(1, Math.sqrt(sum / samples.length) * 3);
    },
    close() {
      if (context.state !== 'closed') context.close().catch(() => {});
    },
  };
}

/**
 * Asks for the microphone and starts recording. Rejects with a
 * MicrophoneError when permission is refused, there is no microphone, or
 * the browser cannot record.
 */
export async function startRecording(): Promise<Recording> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new MicrophoneError('failed', 'this page cannot use the microphone (it needs HTTPS)');
  }
  if (typeof MediaRecorder === 'undefined') {
    throw new MicrophoneError('failed', 'this browser cannot record audio');
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({audio: true});
  } catch (error) {
    throw classify(error);
  }
  const container = containers.find((type) => MediaRecorder.isTypeSupported(type));
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, container ? {mimeType: container} : undefined);
  } catch (error) {
    for (const track of stream.getTracks()) track.stop();
    throw classify(error);
  }
  const meter = levelMeter(stream);
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  // Settles when the recorder ends, for whatever reason (stop(), the
  // device going away, an encoder error).
  const ended = new Promise<void>((resolve, reject) => {
    recorder.addEventListener('stop', () => resolve());
    recorder.addEventListener('error', (event) => reject(classify((event as ErrorEvent).error ?? new Error('the recording failed'))));
  });
  ended.catch(() => {}); // cancel() does not wait for it
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
    meter.close();
  };
  recorder.start();

  return {
    level: () => meter.level(),
    async stop() {
      if (recorder.state !== 'inactive') recorder.stop();
      try {
        await ended;
      } finally {
        release();
      }
      // The file's type without codec parameters, as FileData wants it.
      const type = (recorder.mimeType || container || 'audio/webm').split(';')[0]!;
      return new File(chunks, fileName(type), {type});
    },
    cancel() {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
