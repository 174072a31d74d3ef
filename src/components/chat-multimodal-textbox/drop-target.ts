import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface DropOptions {
  /** False while files cannot be attached: no drop zone is shown. */
  accepting(): boolean;
  drop(files: File[]): void;
  /** False while another target takes the drags (a textbox inside `<chat-blocks>` leaves them to it). */
  active?(): boolean;
  /** Files started or stopped hovering (besides the host's own update). */
  draggingChanged?(dragging: boolean): void;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dragged onto its host are attached: `<chat-blocks>` has one (the
 * whole chat is the drop area, and its controller hands the files to the
 * textbox), and so has a textbox standing alone. `dragging` is true while
 * files hover over it, for the drop zone.
 */
export class DropTarget implements ReactiveController {
  dragging = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: DropOptions;
  /** dragenter / dragleave pairs: entering a child leaves its parent. */
  private depth = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DropOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop'] as const) {
      this.host.addEventListener(type, this.onDrag);
    }
  }

  hostDisconnected(): void {
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop'] as const) {
      this.host.removeEventListener(type, this.onDrag);
    }
    this.depth = 0;
    this.setDragging(false);
  }

  private readonly onDrag = (event: DragEvent): void => {
    if (!carriesFiles(event) || this.options.active?.() === false) return;
    // Always take file drags over the chat: the browser would otherwise
    // open the dropped file in place of the page.
    event.preventDefault();
    const accepting = this.options.accepting();
    if (event.dataTransfer) event.dataTransfer.dropEffect = accepting ? 'copy' : 'none';
    switch (event.type) {
      case 'dragenter':
        this.depth += 1;
        this.setDragging(accepting);
        break;
      case 'dragover':
        this.setDragging(accepting);
        break;
      case 'dragleave':
        this.depth = Math.max(0, this.depth - 1);
        if (this.depth === 0) this.setDragging(false);
        break;
      case 'drop':
        this.depth = 0;
        this.setDragging(false);
        this.options.drop([...(event.dataTransfer?.files ?? [])]);
        break;
    }
  };

  private setDragging(dragging: boolean): void {
    if (dragging === this.dragging) return;
    this.dragging = dragging;
    this.options.draggingChanged?.(dragging);
    this.host.requestUpdate();
  }
}
