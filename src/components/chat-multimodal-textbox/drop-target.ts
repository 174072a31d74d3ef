import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface DropOptions {
  /** False while files cannot be attached: no drop zone is shown. */
  accepting(): boolean;
  drop(files: File[]): void;
}

/** The nearest `<chat-blocks>` around `element`, across shadow roots. */
function chatHost(element: Element): HTMLElement | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof HTMLElement && node.localName === 'chat-blocks') return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dragged onto the whole chat (the `<chat-blocks>` around the
 * textbox, or the textbox itself when it stands alone) are attached.
 * `dragging` is true while files hover over it, for the drop zone.
 */
export class DropTarget implements ReactiveController {
  dragging = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: DropOptions;
  private target?: HTMLElement;
  /** dragenter / dragleave pairs: entering a child leaves its parent. */
  private depth = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DropOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.target = chatHost(this.host) ?? this.host;
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop'] as const) {
      this.target.addEventListener(type, this.onDrag);
    }
  }

  hostDisconnected(): void {
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop'] as const) {
      this.target?.removeEventListener(type, this.onDrag);
    }
    this.target = undefined;
    this.setDragging(false);
  }

  private readonly onDrag = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
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
    this.host.requestUpdate();
  }
}
