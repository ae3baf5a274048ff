/**
 * The medal card: a 1200×630 picture (the size link previews and shares use) of one medal, laid
 * out by satori (a tree of flex boxes → SVG, text as glyph outlines) and rasterised by resvg
 * (SVG → PNG). grammY has nothing for images; both libraries are pure functions of their input
 * and the fonts, so the same input always gives the same picture.
 *
 * The card only shows texts it is given, already in the reader's language and script
 * (views/medal-card.ts builds them); the message's caption keeps all of it as text.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type satori from "satori";
import type { SatoriNode } from "satori";
import type { Medal } from "../../domain/types.js";
import type { Lang } from "../../lib/languages.js";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Everything the card says, as the reader reads it (no keys, no ISO dates). */
export interface MedalCardInput {
  lang: Lang;
  medal: Medal;
  /** "Gold", "Золото", "Алтын". */
  medalLabel: string;
  /** The athletes' names in the reader's script, or the team. */
  athletes: string;
  sport: string;
  event: string;
  /** "Milano Cortina 2026 Olympic Winter Games". */
  games: string;
  /** The day won, formatted in the reader's language; null when it is not recorded. */
  date: string | null;
  /** "Team Kazakhstan", at the foot of the card. */
  team: string;
}

/**
 * Noto Sans as fontsource ships it: one WOFF per script subset (satori reads TTF, OTF and WOFF,
 * not WOFF2). Each subset gets its own family name, because satori falls back between families
 * but keeps only one font per family, weight and style. Latin, Cyrillic and Cyrillic Extended
 * together hold every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І).
 */
const FONT_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
const FONT_WEIGHTS = [400, 700] as const;
const FONT_FAMILY = FONT_SUBSETS.map((subset) => `Noto Sans ${subset}`).join(", ");

type FontOptions = Parameters<typeof satori>[1]["fonts"][number];

/** The fonts the card is drawn with, read once and passed to every render. */
export interface CardFonts {
  readonly fonts: readonly FontOptions[];
}

/** Reads the font files from the installed package (they ship with node_modules, also in the image). */
export async function loadCardFonts(): Promise<CardFonts> {
  const require = createRequire(import.meta.url);
  const fonts = await Promise.all(
    FONT_WEIGHTS.flatMap((weight) =>
      FONT_SUBSETS.map(async (subset): Promise<FontOptions> => {
        const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
        return { name: `Noto Sans ${subset}`, data: await readFile(file), weight, style: "normal" };
      }),
    ),
  );
  return Object.freeze({ fonts: Object.freeze(fonts) });
}

/** Where the layout put the athletes' names: the card's one text that can be long. */
export interface NameLayout {
  fontSize: number;
  lines: number;
  /** Whether even the smallest size needed more lines, so the names were cut with an ellipsis. */
  cut: boolean;
  /** Its box on the card, in pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MedalCard {
  png: Buffer;
  width: number;
  height: number;
  name: NameLayout;
  /** Text the fonts have no glyph for (drawn as empty boxes); empty for Latin, Cyrillic and Kazakh. */
  missingGlyphs: string[];
}

/** Name sizes tried from the largest: the first at which the names take at most two lines wins. */
export const NAME_FONT_SIZES = [72, 64, 56, 50, 44] as const;
const SMALLEST_NAME_SIZE = 44;
export const NAME_MAX_LINES = 2;
const NAME_LINE_HEIGHT = 1.15;

const MEDAL_COLOURS: Record<Medal, { light: string; dark: string }> = {
  gold: { light: "#FFE58A", dark: "#C9971C" },
  silver: { light: "#F4F6F8", dark: "#9AA3AD" },
  bronze: { light: "#F3C08F", dark: "#9C5A2B" },
};

/** A satori element: the shape React elements have, without React. */
interface CardNode {
  type: string;
  key?: string;
  props: { style: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const box = (style: CardNode["props"]["style"], children?: CardNode["props"]["children"], key?: string): CardNode => ({
  type: "div",
  ...(key ? { key } : {}),
  props: { style: { display: "flex", ...style }, ...(children !== undefined ? { children } : {}) },
});

const PADDING = 64;
const DISC = 190;
const GAP = 48;
/** The width the names, the sport and the event share, right of the medal. */
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING - DISC - GAP;

function cardTree(input: MedalCardInput, nameSize: number, clampName: boolean): CardNode {
  const colours = MEDAL_COLOURS[input.medal];
  const muted = "rgba(255, 255, 255, 0.82)";
  const header = box({ width: "100%", justifyContent: "space-between", alignItems: "flex-start", fontSize: 28, color: muted }, [
    box({ flexShrink: 1, paddingRight: 32 }, input.games),
    ...(input.date ? [box({ flexShrink: 0 }, input.date)] : []),
  ]);
  const disc = box(
    {
      width: DISC,
      height: DISC,
      flexShrink: 0,
      boxSizing: "border-box",
      borderRadius: DISC / 2,
      alignItems: "center",
      justifyContent: "center",
      backgroundImage: `radial-gradient(circle at 35% 30%, ${colours.light}, ${colours.dark})`,
      border: "6px solid rgba(255, 255, 255, 0.55)",
      color: "#1F2933",
      fontSize: 30,
      fontWeight: 700,
      textTransform: "uppercase",
    },
    input.medalLabel,
  );
  const name = box(
    {
      width: TEXT_WIDTH,
      fontSize: nameSize,
      fontWeight: 700,
      lineHeight: NAME_LINE_HEIGHT,
      // satori clamps only a block's text, not a flex box's.
      ...(clampName ? { display: "block", lineClamp: NAME_MAX_LINES } : {}),
    },
    input.athletes,
    "athletes",
  );
  const texts = box({ flexDirection: "column", width: TEXT_WIDTH }, [
    name,
    box({ marginTop: 20, fontSize: 38, fontWeight: 700, lineHeight: 1.2, color: colours.light }, input.sport),
    box({ display: "block", marginTop: 6, fontSize: 34, lineHeight: 1.2, lineClamp: 2 }, input.event),
  ]);
  const footer = box({ alignItems: "center", fontSize: 28, fontWeight: 700 }, [
    box({ width: 56, height: 8, marginRight: 20, borderRadius: 4, backgroundColor: "#FEC50C" }),
    input.team,
  ]);
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: "border-box",
      padding: PADDING,
      flexDirection: "column",
      justifyContent: "space-between",
      // The sky blue of Kazakhstan's flag, darkened towards the corner so white text reads well.
      backgroundImage: "linear-gradient(135deg, #00AFCA 0%, #006D86 55%, #0B3B5B 100%)",
      color: "#FFFFFF",
      fontFamily: FONT_FAMILY,
    },
    [header, box({ alignItems: "center" }, [disc, box({ width: GAP, flexShrink: 0 }), texts]), footer],
  );
}

/** The first size to try: Noto Sans Bold runs about 0.66 em a letter (Cyrillic a little wider than Latin). */
function firstNameSize(text: string): number {
  const perLine = TEXT_WIDTH / (text.length / NAME_MAX_LINES);
  return NAME_FONT_SIZES.find((size) => size * 0.66 <= perLine) ?? SMALLEST_NAME_SIZE;
}

async function layout(input: MedalCardInput, fonts: CardFonts, nameSize: number, clampName: boolean) {
  // Imported at the first card, not at start: see renderMedalCard.
  const { default: satori } = await import("satori");
  let name: SatoriNode | undefined;
  const missing: string[] = [];
  const svg = await satori(cardTree(input, nameSize, clampName) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.fonts as FontOptions[],
    onNodeDetected: (node) => {
      if (node.key === "athletes") name = node;
    },
    // Called only for text no loaded font covers: noted (tests assert there is none), drawn as boxes.
    loadAdditionalAsset: async (_code, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (!name) throw new Error("the medal card's layout has no names box");
  const lines = Math.round(name.height / (nameSize * NAME_LINE_HEIGHT));
  const nameLayout: NameLayout = {
    fontSize: nameSize,
    lines,
    cut: false,
    left: name.left,
    top: name.top,
    width: name.width,
    height: name.height,
  };
  return { svg, name: nameLayout, missing };
}

/**
 * Renders the card; the names shrink until they fit in two lines, then are cut with an ellipsis.
 *
 * satori and resvg are imported at the first card rather than at start: most processes draw no
 * card for hours (a card is drawn once per result and language, then sent by its file_id), and
 * loading them (satori's JavaScript and its yoga WebAssembly, resvg's native addon) costs about
 * 30 MB resident for the life of the process (`npm run bench -- memory`). Only the first card waits
 * for the import; later ones get the module Node already holds.
 */
export async function renderMedalCard(input: MedalCardInput, fonts: CardFonts): Promise<MedalCard> {
  const sizes = NAME_FONT_SIZES.filter((size) => size <= firstNameSize(input.athletes));
  let result = await layout(input, fonts, sizes[0] ?? SMALLEST_NAME_SIZE, false);
  for (const size of sizes.slice(1)) {
    if (result.name.lines <= NAME_MAX_LINES) break;
    result = await layout(input, fonts, size, false);
  }
  // Still too long at the smallest size: cut, rather than run over the sport and the event.
  if (result.name.lines > NAME_MAX_LINES) {
    result = await layout(input, fonts, result.name.fontSize, true);
    result.name.cut = true;
  }
  const { Resvg } = await import("@resvg/resvg-js");
  const image = new Resvg(result.svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  return {
    png: image.asPng(),
    width: image.width,
    height: image.height,
    name: result.name,
    missingGlyphs: result.missing,
  };
}
