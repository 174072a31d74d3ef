// Moved to test/support/ (import from support/index.js). This file only
// re-exports the old names for tests written before the move; it goes once
// none imports it.
export {FakeChat, connectedList, standaloneList, messageNodes, messageAt, part, parts, nextFrame, type Call} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';
