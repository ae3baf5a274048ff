import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DownloadedFile } from "./user-face.js";

/**
 * `/save` in `npm run chat`: writes a document into a directory under the name the bot gave it,
 * refusing names that would escape it, and never overwriting (" (1)", " (2)"… are appended).
 */
export async function saveDownload(file: DownloadedFile, directory: string): Promise<string> {
  const name = file.fileName;
  // The bot chose the name: it must be a plain file name, not a path.
  if (name === "" || name === "." || name === ".." || name !== path.basename(name) || /[/\\\0]/.test(name)) {
    throw new Error(`refusing to save under the unsafe file name ${JSON.stringify(name)}`);
  }
  await mkdir(directory, { recursive: true });
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let copy = 0; ; copy++) {
    const target = path.resolve(directory, copy === 0 ? name : `${stem} (${copy})${extension}`);
    if (await exists(target)) continue;
    await writeFile(target, file.bytes, { flag: "wx" });
    return target;
  }
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );
