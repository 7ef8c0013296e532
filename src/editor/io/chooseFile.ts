/** Edge module: the classic file chooser (an <input type=file>), for browsers without the File System Access API. */

/** Opens the file chooser for Markdown (or spec JSON) files; null when the user cancels. */
export function chooseFileWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.md,.markdown,.txt,.json,text/markdown,text/plain,application/json';
    input.style.display = 'none';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}
