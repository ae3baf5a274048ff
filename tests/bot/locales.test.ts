import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { FAN_COMMANDS, STAFF_COMMANDS } from "../../src/bot/command-menus.js";
import { createI18n, LOCALES_DIR } from "../../src/bot/i18n.js";
import { LANGS } from "../../src/lib/languages.js";

// The runtime AST of @fluent/bundle: a pattern is a string or a list of strings and expressions.
type Node =
  | string
  | { type: string; name?: string; selector?: Node; variants?: { value: Node }[]; args?: Node[]; value?: unknown }
  | Node[];

function variablesOf(node: Node | undefined, out = new Set<string>()): Set<string> {
  if (node === undefined || typeof node === "string") return out;
  if (Array.isArray(node)) {
    for (const n of node) variablesOf(n, out);
    return out;
  }
  if (node.type === "var" && node.name) out.add(node.name);
  if (node.selector) variablesOf(node.selector, out);
  for (const v of node.variants ?? []) variablesOf(v.value as Node, out);
  for (const a of node.args ?? []) variablesOf(a, out);
  return out;
}

function load(lang: string): Map<string, Set<string>> {
  const source = readFileSync(join(LOCALES_DIR, `${lang}.ftl`), "utf8");
  const resource = new FluentResource(source);
  const bundle = new FluentBundle(lang);
  expect(bundle.addResource(resource), `${lang}.ftl parses`).toEqual([]);
  const messages = new Map<string, Set<string>>();
  for (const entry of resource.body) {
    if (entry.id.startsWith("-")) continue; // terms are private to a file
    messages.set(entry.id, variablesOf(entry.value as Node));
  }
  return messages;
}

const PLAIN_PREFIXES = [
  "menu-",
  "button-",
  "inline-",
  "switch-",
  "cmd-",
  "language-name-",
  "language-auto",
  "games-short",
  "licenses-sport-button",
  "error-",
  "pager-",
];

function sampleArgs(vars: Set<string>, n: number): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  for (const v of vars) {
    if (v === "kind") args[v] = n % 2 ? "olympic" : "paralympic";
    else if (v === "season") args[v] = n % 2 ? "summer" : "winter";
    else args[v] = n;
  }
  return args;
}

describe("locales", () => {
  const files = readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith(".ftl"))
    .sort();
  const en = load("en");

  it("has exactly en, ru and kk", () => {
    expect(files).toEqual(["en.ftl", "kk.ftl", "ru.ftl"]);
    expect([...LANGS].sort()).toEqual(["en", "kk", "ru"]);
  });

  for (const lang of ["ru", "kk"]) {
    it(`${lang}.ftl has the same keys and the same variables per key as en.ftl`, () => {
      const other = load(lang);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, vars] of en) {
        expect([...(other.get(key) ?? [])].sort(), `${lang}: ${key}`).toEqual([...vars].sort());
      }
    });
  }

  it("every message renders in every language to well-formed Telegram HTML", () => {
    const i18n = createI18n();
    for (const lang of LANGS) {
      for (const [key, vars] of en) {
        for (const n of [0, 1, 2, 5, 21, 1234]) {
          const text = i18n.t(lang, key, sampleArgs(vars, n));
          expect(text, `${lang}:${key}`).not.toMatch(/^\{.*\}$/); // missing-message marker
          expect(text.trim(), `${lang}:${key}`).not.toBe("");
          const stack: string[] = [];
          for (const m of text.matchAll(/<(\/?)([a-z]+)>/g)) {
            if (m[1]) expect(stack.pop(), `${lang}:${key}`).toBe(m[2]);
            else stack.push(m[2]!);
          }
          expect(stack, `${lang}:${key}`).toEqual([]);
          const withoutTags = text.replace(/<\/?(b|i)>/g, "");
          expect(withoutTags, `${lang}:${key} has a stray < or &`).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
          if (PLAIN_PREFIXES.some((p) => key.startsWith(p))) expect(text, `${lang}:${key} must be plain`).not.toMatch(/[<>&]/);
          expect(text).not.toMatch(/[\u2068\u2069]/); // no bidi isolation marks
        }
      }
    }
  });

  it("uses Russian plural forms and formats numbers per language", () => {
    const i18n = createI18n();
    expect(i18n.t("ru", "countdown-days", { days: 1 })).toContain("1 день");
    expect(i18n.t("ru", "countdown-days", { days: 3 })).toContain("3 дня");
    expect(i18n.t("ru", "countdown-days", { days: 25 })).toContain("25 дней");
    expect(i18n.t("ru", "countdown-days", { days: 21 })).toContain("21 день");
    expect(i18n.t("en", "countdown-days", { days: 1 })).toContain("1 day<");
    expect(i18n.t("en", "countdown-days", { days: 1234 })).toContain("1,234 days");
    expect(i18n.t("ru", "countdown-days", { days: 1234 })).toMatch(/1\s234 дня/);
    expect(i18n.t("kk", "countdown-days", { days: 5 })).toContain("5 күн");
  });

  it("every key the bot code uses exists", () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) {
          const src = readFileSync(path, "utf8");
          for (const m of src.matchAll(/\b(?:t\(rc, |rc\.t\(|messageView\(rc, |i18n\.t\([^,]+, )"([a-z0-9-]+)"/g)) used.add(m[1]!);
          for (const m of src.matchAll(/\? "([a-z]+(?:-[a-z0-9]+)+)" : "([a-z]+(?:-[a-z0-9]+)+)"/g)) used.add(m[1]!).add(m[2]!);
        }
      }
    };
    walk(join(LOCALES_DIR, "../src/bot"));
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(en.has(key), key).toBe(true);
    for (const lang of LANGS) {
      expect(en.has(`language-name-${lang}`)).toBe(true);
    }
    for (const command of [...FAN_COMMANDS, ...STAFF_COMMANDS]) expect(en.has(`cmd-${command}`), command).toBe(true);
  });
});
