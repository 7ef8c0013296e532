/** Entry of the lazily loaded prose chunk: the Tiptap editor and the lossless check it relies on. */
export { RichEditor } from './RichEditor';
export { checkLossless } from './lossless';
