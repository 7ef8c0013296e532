/**
 * Edge module: the File System Access API (Chromium) for opening a file with a handle and saving back to it.
 * Handles are not serializable, so they stay here and the store refers to them by number.
 */

interface OpenFilePickerOptions {
  types?: { description: string; accept: Record<string, string[]> }[];
  excludeAcceptAllOption?: boolean;
  multiple?: boolean;
}
type PickerWindow = Window & { showOpenFilePicker?: (o?: OpenFilePickerOptions) => Promise<FileSystemFileHandle[]> };

const handles = new Map<number, FileSystemFileHandle>();
let nextHandleId = 1;

/** True where the browser can open a file with a handle that Save can write back to. */
export function canOpenWithHandle(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

/** Asks for a Markdown file; null when the user cancels. */
export async function pickMarkdownFile(): Promise<{ file: File; handleId: number } | null> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (!picker) throw new Error('Cannot open a file picker, expected the File System Access API');
  let picked: FileSystemFileHandle[];
  try {
    picked = await picker.call(window, {
      types: [
        { description: 'Markdown', accept: { 'text/markdown': ['.md', '.markdown'] } },
        { description: 'Spec JSON', accept: { 'application/json': ['.json'] } },
      ],
      multiple: false,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
  const handle = picked[0];
  if (!handle) return null;
  const id = nextHandleId++;
  handles.set(id, handle);
  return { file: await handle.getFile(), handleId: id };
}

/** True when `handleId` refers to a handle this page holds. */
export function hasHandle(handleId: number | null): handleId is number {
  return handleId !== null && handles.has(handleId);
}

/** Writes `text` to the file behind `handleId` (the browser may ask for write permission first). */
export async function writeToHandle(handleId: number, text: string): Promise<void> {
  const handle = handles.get(handleId);
  if (!handle) throw new Error('Cannot save, expected a file opened in this session');
  const stream = await handle.createWritable();
  await stream.write(text);
  await stream.close();
}
