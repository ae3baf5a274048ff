import { readFileSync } from "node:fs";

/**
 * The project's version from package.json: two levels up from src/lib under tsx and from
 * dist/lib once compiled (the image copies package.json beside dist/). "unknown" if unreadable.
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
