import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Recording} from './recorder.js';

export interface MicrophoneEvents {
  started(): void;
  recorded(file: File): void;
  /** The microphone could not be used; `error` may be a MicrophoneError with a `problem`. */
  failed(error: unknown): void;
}

/**
 * The textbox's microphone: loads the recorder module on first use, and
 * keeps the elapsed time and loudness for the recording indicator. The
 * microphone is released when the element leaves the page.
 */
export class Microphone implements ReactiveController {
  /** The microphone is being asked for. */
  starting = false;
  /** Milliseconds since the recording started. */
  elapsed = 0;
  /** Loudness now, 0 to 1. */
  level = 0;
  private readonly host: ReactiveControllerHost;
  private readonly events: MicrophoneEvents;
  private recording?: Recording;
  private startedAt = 0;
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;

  constructor(host: ReactiveControllerHost, events: MicrophoneEvents) {
    this.host = host;
    this.events = events;
    host.addController(this);
  }

  get recordingNow(): boolean {
    return this.recording !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.recording?.cancel();
    this.recording = undefined;
    this.stopMeter();
  }

  async start(): Promise<void> {
    if (this.recording || this.starting) return;
    this.starting = true;
    this.host.requestUpdate();
    try {
      // Loaded here, not imported above: pages that never record never download it.
      const {startRecording} = await import('./recorder.js');
      const recording = await startRecording();
      if (!this.connected) {
        recording.cancel(); // the element left while the user was asked
        return;
      }
      this.recording = recording;
      this.startedAt = performance.now();
      this.startMeter();
      this.events.started();
    } catch (error) {
      this.events.failed(error);
    } finally {
      this.starting = false;
      this.host.requestUpdate();
    }
  }

  /** Stops recording and hands over the file. */
  async finish(): Promise<void> {
    const recording = this.recording;
    if (!recording) return;
    this.recording = undefined;
    this.stopMeter();
    this.host.requestUpdate();
    try {
      this.events.recorded(await recording.stop());
    } catch (error) {
      this.events.failed(error);
    }
  }

  /**
   * Updates the elapsed time and level ten times a second: a timer, not
   * animation frames, which a hidden tab does not get while it records.
   */
  private startMeter(): void {
    const tick = () => {
      if (!this.recording) return;
      this.elapsed = performance.now() - this.startedAt;
      this.level = this.recording.level();
      this.host.requestUpdate();
    };
    tick();
    this.timer = setInterval(tick, 100);
  }

  private stopMeter(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.elapsed = 0;
    this.level = 0;
  }
}
