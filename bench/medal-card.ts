/**
 * The medal card's cost: the card of the seeded Milan 2026 gold, its texts made as the sender makes
 * them (views/medal-card.ts, from the fan data), drawn by satori and resvg (render/medal-card.ts),
 * in ru, kk and en, and with a 40-letter Kazakh name (the longest the card is checked with). Each
 * in a new process of its own (`node --import tsx`), so the first render there is cold:
 *  - fonts: reading the font files, once per process (the sender does it when it starts);
 *  - cold: the process's first render (satori's layout engine and resvg load, the fonts are parsed);
 *  - warm: RENDERS more renders of the same card (median, p95): what each later card costs;
 *  - the PNG's size and dimensions.
 * Baseline, in the same run: the same alert's text (the caption, views/result-alert.ts), what a
 * text alert costs the sender per language. Either is done once per result and language, not per
 * chat (the sender keeps both for the broadcast).
 * Each run appends one JSON line to bench/results/medal-card.jsonl (kept in git).
 * Environment: RENDERS (20).
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createI18n } from "../src/bot/i18n.js";
import { loadCardFonts, type MedalCardInput, renderMedalCard } from "../src/bot/render/medal-card.js";
import { medalCardInput } from "../src/bot/views/medal-card.js";
import { renderContext } from "../src/bot/views/render-context.js";
import { resultAlertView } from "../src/bot/views/result-alert.js";
import { MEMORY, openDatabase } from "../src/db/client.js";
import { findGames, gamesResults, loadFanData } from "../src/domain/fan-data.js";
import { LANGS } from "../src/lib/languages.js";
import { fmt, median, percentile, ROOT } from "./lib.js";
import { gitCommit } from "./memory.js";

const RENDERS = Number(process.env.RENDERS ?? 20);
const RESULTS = join(ROOT, "bench", "results", "medal-card.jsonl");
/** The 40-letter Kazakh name of tests/bot/render/medal-card.test.ts. */
const LONG_KAZAKH_NAME = "Ақмарал Науатбек-Құрманғазықызы Әбдіраманқызы".slice(0, 40);

interface Measured {
  fontsMs: number;
  coldMs: number;
  warmMedianMs: number;
  warmP95Ms: number;
  bytes: number;
  width: number;
  height: number;
}

export async function medalCard(): Promise<void> {
  const { cards, captions } = await inputs();
  console.log(`medal card (satori + resvg, 1200×630 PNG), a new process per card, ${RENDERS} warm renders each:`);
  const results: Record<string, unknown>[] = [];
  for (const [label, input] of Object.entries(cards)) {
    const r = measureInChild(input);
    const caption = captions[label];
    console.log(
      `  ${label.padEnd(18)} fonts ${fmt(r.fontsMs)}  cold ${fmt(r.coldMs)}  warm p50 ${fmt(r.warmMedianMs)} p95 ${fmt(r.warmP95Ms)}  ` +
        `${(r.bytes / 1024).toFixed(0)} KiB ${r.width}×${r.height}` +
        (caption === undefined ? "" : `  (caption as text: p50 ${fmt(caption)})`),
    );
    results.push({ card: label, ...r, captionMedianMs: caption });
  }
  const line = { date: new Date().toISOString(), commit: gitCommit(), renders: RENDERS, node: process.version, unit: "ms", cards: results };
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
  console.log(`  (appended to bench/results/medal-card.jsonl)`);
}

/**
 * The cards' inputs from the seeded fan data (the first gold of Milan 2026), per language, and
 * the long-name card; and the baseline: the median time to render the alert's text per language.
 */
async function inputs(): Promise<{ cards: Record<string, MedalCardInput>; captions: Record<string, number> }> {
  const database = await openDatabase({ dataDir: MEMORY });
  try {
    const data = await loadFanData(database.db);
    const games = findGames(data, "milano-cortina-2026-olympic");
    const gold = games && gamesResults(data, games.id).find((r) => r.medal === "gold");
    if (!games || !gold) throw new Error("the seeded data has no gold for Milan 2026");
    const i18n = createI18n();
    const cards: Record<string, MedalCardInput> = {};
    const captions: Record<string, number> = {};
    for (const lang of LANGS) {
      const rc = renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date());
      cards[lang] = medalCardInput(rc, games, gold);
      const times: number[] = [];
      for (let i = 0; i < RENDERS + 3; i++) {
        const started = performance.now();
        resultAlertView(rc, games, gold);
        if (i >= 3) times.push(performance.now() - started);
      }
      captions[lang] = round(median(times));
    }
    cards["kk, 40-letter name"] = { ...cards.kk!, athletes: LONG_KAZAKH_NAME };
    return { cards, captions };
  } finally {
    await database.close();
  }
}

function measureInChild(input: MedalCardInput): Measured {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", RENDERS: String(RENDERS), CARD_INPUT: JSON.stringify(input) },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
}

/** In the child: the fonts, the first render, then the warm ones; one JSON line on stdout. */
async function child(): Promise<void> {
  const input = JSON.parse(process.env.CARD_INPUT ?? "") as MedalCardInput;
  let started = performance.now();
  const fonts = await loadCardFonts();
  const fontsMs = performance.now() - started;
  started = performance.now();
  const card = await renderMedalCard(input, fonts);
  const coldMs = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    started = performance.now();
    await renderMedalCard(input, fonts);
    warm.push(performance.now() - started);
  }
  warm.sort((a, b) => a - b);
  const measured: Measured = {
    fontsMs: round(fontsMs),
    coldMs: round(coldMs),
    warmMedianMs: round(median(warm)),
    warmP95Ms: round(percentile(warm, 95)),
    bytes: card.png.length,
    width: card.width,
    height: card.height,
  };
  console.log(JSON.stringify(measured));
}

const round = (ms: number) => Math.round(ms * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--child")) await child();
  else await medalCard();
}
