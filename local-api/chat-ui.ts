import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { saveDownload } from "./chat-files.js";
import { parseBotLink } from "./deep-links.js";
import type { BotMessage, BotMessageEvent, InlineAnswer, LocalBot, LocalBotApi, LocalUser } from "./index.js";
import { formatSize, renderButtons, renderText } from "./terminal-render.js";

/**
 * An interactive chat with a bot through the local Bot API server: a person
 * types as one of several simulated users, sees the bot's replies rendered
 * readably, and presses inline buttons by their number.
 */
export interface RunChatOptions {
  api: LocalBotApi;
  /** The simulated users; the first one starts. */
  users: LocalUser[];
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  bot?: LocalBot | number;
  /** ANSI styles (default: when output is a TTY). */
  color?: boolean;
  /** How long a button press waits for the bot's answerCallbackQuery (and an inline query for its answer). */
  pressTimeoutMs?: number;
  /** Where `/save` writes documents (default: the current directory). */
  saveDir?: string;
}

/** What a number typed this turn picks: a button, an inline result, or the answer's "start" button. */
type Numbered =
  | { kind: "button"; message: BotMessage; row: number; col: number }
  | { kind: "result"; answer: InlineAnswer; index: number }
  | { kind: "startButton"; payload: string }
  /** A link or share button of a message posted via the bot: client actions, no callback. */
  | { kind: "clientButton"; url?: string; switchQuery?: string };

const HELP = [
  "Type a message or a /command and press Enter.",
  "Buttons are numbered: type the number to press one.",
  "/as N — talk as user N (/as alone lists them), /users — who is who, /quit — leave.",
  "Messages the bot sends other users show as “→ Name”; /as to them offers their buttons again.",
  "@bot query — the bot's inline results, numbered: type the number to post one. /save N — save document 📎N.",
  "/send path — send the bot a file from this computer (e.g. a CSV to import), as the current user.",
];

export async function runChat(options: RunChatOptions): Promise<void> {
  const { api, users, output } = options;
  if (users.length === 0) throw new Error("runChat needs at least one user");
  const color = options.color ?? Boolean((output as { isTTY?: boolean }).isTTY);
  const dim = (text: string): string => (color ? `\x1b[2m${text}\x1b[22m` : text);
  const botChoice = options.bot ?? api.bots()[0];
  if (!botChoice) throw new Error("create a bot before starting the chat");
  const botId = typeof botChoice === "number" ? botChoice : botChoice.id;
  const botName = api.bots().find((bot) => bot.id === botId)?.firstName ?? "bot";
  const botUsername = api.bots().find((bot) => bot.id === botId)?.username ?? "bot";
  // Documents are numbered for /save across the session, with the user whose chat they reached.
  const documents: Array<{ user: LocalUser; message: BotMessage }> = [];

  let current = users[0] as LocalUser;
  // Buttons are numbered afresh for each turn (after the person types), so numbers stay small.
  let turn = 0;
  let numberedTurn = -1;
  let numbered: Numbered[] = [];
  // Per user: messages with buttons that reached them while someone else was typing.
  const missed = new Map<number, Set<number>>();

  const terminal = Boolean((options.input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input: options.input, output, terminal });
  const prompt = (): void => {
    rl.setPrompt(`${current.firstName}> `);
    rl.prompt(true);
  };
  const say = (lines: string | string[]): void => {
    const text = Array.isArray(lines) ? lines.join("\n") : lines;
    // On a terminal, overwrite the prompt line the reply interrupts.
    output.write(`${color ? "\r\x1b[K" : ""}${text}\n`);
  };

  const show = (event: BotMessageEvent): void => {
    if (event.botId !== botId) return;
    const recipient = users.find((user) => user.id === event.chatId);
    // Private chats of people not in this session stay private; groups are shown.
    if (!recipient && event.chatId > 0) return;
    const mine = event.chatId === current.id;
    if (!mine && recipient) noteMissed(recipient, event);
    const where = mine ? "" : recipient ? ` → ${recipient.firstName}` : ` → group ${event.chatId}`;
    if (event.kind === "deleted") {
      say(dim(`🤖${where}: (deleted a message)`));
    } else {
      const label = event.kind === "edited" ? dim(" (edited)") : "";
      const lines = [`🤖 ${botName}${where}${label}:`];
      const { document } = event.message;
      const photo = event.message.photo?.at(-1);
      if (document && event.kind === "sent") {
        const owner = recipient ?? current;
        documents.push({ user: owner, message: event.message });
        lines.push(`📎 ${document.file_name ?? "file"} (${formatSize(document.file_size ?? 0)}) — /save ${documents.length}`);
      } else if (document) {
        lines.push(`📎 ${document.file_name ?? "file"}`);
      } else if (photo && event.kind === "sent") {
        // A terminal cannot show the picture: its size, and /save to look at it.
        documents.push({ user: recipient ?? current, message: event.message });
        lines.push(`🖼 photo ${photo.width}×${photo.height} (${formatSize(photo.file_size ?? 0)}) — /save ${documents.length}`);
      } else if (photo) {
        lines.push(`🖼 photo ${photo.width}×${photo.height}`);
      }
      if (event.message.text) lines.push(renderText(event.message.text, event.message.entities, color));
      lines.push(...renderButtons(event.message, (row, col) => (mine ? number(event.message, row, col) : undefined)));
      say(lines);
    }
    // Only an interactive terminal needs the prompt redrawn after a reply cut into it.
    if (terminal) prompt();
  };

  const noteMissed = (recipient: LocalUser, event: BotMessageEvent): void => {
    let ids = missed.get(recipient.id);
    if (!ids) {
      ids = new Set();
      missed.set(recipient.id, ids);
    }
    if (event.kind !== "deleted" && event.message.buttons.length > 0) ids.add(event.message.message_id);
    else ids.delete(event.message.message_id);
  };

  /** On switching to a user: the messages with buttons they got meanwhile, numbered for pressing. */
  const offerMissed = (user: LocalUser): void => {
    const ids = missed.get(user.id);
    missed.delete(user.id);
    if (!ids || ids.size === 0) return;
    const waiting = user.messages({ bot: botId }).filter((message) => ids.has(message.message_id) && message.buttons.length > 0);
    if (waiting.length === 0) return;
    const lines = [
      dim(`${user.firstName} got ${waiting.length === 1 ? "a message" : `${waiting.length} messages`} with buttons meanwhile:`),
    ];
    for (const message of waiting) {
      lines.push(`🤖 ${botName}:`, renderText(message.text, message.entities, color));
      lines.push(...renderButtons(message, (row, col) => number(message, row, col)));
    }
    say(lines);
  };

  const offer = (choice: Numbered): number => {
    if (numberedTurn !== turn) {
      numberedTurn = turn;
      numbered = [];
    }
    numbered.push(choice);
    return numbered.length;
  };
  const number = (message: BotMessage, row: number, col: number): number => offer({ kind: "button", message, row, col });
  const timeoutMs = options.pressTimeoutMs ?? 5000;

  /** A t.me link to the bot starts it, as a client does; any other link would open a browser. */
  const openUrl = async (url: string): Promise<void> => {
    let link: ReturnType<typeof parseBotLink> | undefined;
    try {
      link = parseBotLink(url);
    } catch {
      link = undefined;
    }
    if (!link || link.username.toLowerCase() !== botUsername.toLowerCase()) {
      say(dim(`(opens ${url})`));
      return;
    }
    const sent = await current.openLink(url);
    say(dim(sent ? `(opens @${botUsername}: ${sent.text})` : `(opens the chat with @${botUsername})`));
  };

  const inline = async (query: string): Promise<void> => {
    let answer: InlineAnswer;
    try {
      answer = await current.inlineAnswer(query, { bot: botId, timeoutMs });
    } catch (error) {
      say(dim(`(inline: ${(error as Error).message})`));
      return;
    }
    turn++;
    const lines = [
      dim(`@${botUsername}${query ? ` ${query}` : ""}: ${answer.results.length === 0 ? "no results" : "type a number to post one"}`),
    ];
    answer.results.forEach((result, index) => {
      const title = "title" in result && result.title ? result.title : `${result.type} ${result.id}`;
      const description = "description" in result && result.description ? ` — ${result.description}` : "";
      lines.push(`[${offer({ kind: "result", answer, index })}] ${title}${description}`);
    });
    if (answer.button && "start_parameter" in answer.button && answer.button.start_parameter) {
      lines.push(
        `[${offer({ kind: "startButton", payload: answer.button.start_parameter })}] ${answer.button.text} ↗ /start ${answer.button.start_parameter}`,
      );
    }
    say(lines);
  };

  const press = async (choice: Numbered): Promise<void> => {
    try {
      if (choice.kind === "result") {
        const posted = await current.chooseInlineResult(choice.answer, choice.index);
        turn++;
        const buttons = (posted.reply_markup?.inline_keyboard ?? []).map((row) =>
          row
            .map((b) => {
              if ("url" in b) return `[${offer({ kind: "clientButton", url: b.url })}] ${b.text} ↗ ${b.url}`;
              if ("switch_inline_query" in b)
                return `[${offer({ kind: "clientButton", switchQuery: b.switch_inline_query })}] ${b.text} ↗ @ ${b.switch_inline_query}`;
              return `[${b.text}]`;
            })
            .join("  "),
        );
        const photo = posted.photo?.at(-1);
        const body = photo
          ? [`🖼 photo ${photo.width}×${photo.height}`, renderText(posted.caption ?? "", posted.caption_entities ?? [], color)]
          : [renderText(posted.text ?? "", posted.entities ?? [], color)];
        say([`👤 ${current.firstName} via @${botUsername}:`, ...body, ...buttons]);
        return;
      }
      if (choice.kind === "clientButton") {
        if (choice.url !== undefined) await openUrl(choice.url);
        else await inline(choice.switchQuery ?? "");
        return;
      }
      if (choice.kind === "startButton") {
        await current.start(choice.payload, { bot: botId });
        return;
      }
      const outcome = await current.tap(choice.message, { row: choice.row, col: choice.col }, { timeoutMs });
      if (outcome.kind === "url") await openUrl(outcome.url);
      else if (outcome.kind === "switchInline") {
        say(dim(`(switch inline: @${botUsername} ${outcome.query})`));
        await inline(outcome.query);
      } else if (outcome.kind === "copyText") say(dim(`(copied: ${outcome.text})`));
      else if (outcome.kind === "webApp" || outcome.kind === "loginUrl") say(dim(`(opens ${outcome.url})`));
      else {
        const { answer } = outcome;
        if (answer.text) say(answer.show_alert ? `⚠️  ${answer.text}` : dim(`💬 ${answer.text}`));
        if (answer.url) say(dim(`(opens ${answer.url})`));
      }
    } catch (error) {
      say(dim(`(button: ${(error as Error).message})`));
    }
  };

  const save = async (which: string | undefined): Promise<void> => {
    const entry = which === undefined ? documents.at(-1) : documents[Number(which) - 1];
    if (!entry) {
      say(dim(documents.length ? `No document ${which}; they are numbered 1–${documents.length}.` : "No document to save yet."));
      return;
    }
    try {
      const file = await current.download(entry.message);
      say(dim(`Saved ${await saveDownload(file, options.saveDir ?? process.cwd())}`));
    } catch (error) {
      say(dim(`(not saved: ${(error as Error).message})`));
    }
  };

  const upload = async (file: string): Promise<void> => {
    try {
      const bytes = await readFile(file);
      await current.sendDocument({ fileName: path.basename(file), bytes }, { bot: botId });
      say(dim(`📎 sent ${path.basename(file)} (${formatSize(bytes.length)})`));
    } catch (error) {
      say(dim(`(not sent: ${(error as Error).message})`));
    }
  };

  const listUsers = (): string[] =>
    users.map(
      (user, i) =>
        `${i + 1}. ${user.firstName}${user.username ? ` @${user.username}` : ""} — id ${user.id}` +
        `${user.languageCode ? `, ${user.languageCode}` : ""}${user.hasBlocked({ bot: botId }) ? ", has blocked the bot" : ""}` +
        `${user.deactivated ? ", deleted account" : ""}` +
        `${user === current ? "  ← you" : ""}`,
    );

  const handle = async (line: string): Promise<boolean> => {
    const text = line.trim();
    if (text === "") return true;
    if (text === "/quit" || text === "/exit") return false;
    if (text === "/users" || text === "/as") {
      say(listUsers());
      return true;
    }
    const as = /^\/as\s+(\d+)$/.exec(text);
    if (as) {
      const next = users[Number(as[1]) - 1];
      if (next) {
        current = next;
        turn++;
        say(dim(`Now chatting as ${current.firstName}.`));
        offerMissed(current);
      } else {
        say(dim(`No user ${as[1]}; try /as to list them.`));
      }
      return true;
    }
    const saving = /^\/save(?:\s+(\d+))?$/.exec(text);
    if (saving) {
      await save(saving[1]);
      return true;
    }
    const sending = /^\/send\s+(.+)$/.exec(text);
    if (sending) {
      await upload(sending[1] as string);
      return true;
    }
    const inlineQuery = new RegExp(`^@(?:bot|${botUsername})(?:\\s+([\\s\\S]*))?$`, "i").exec(text);
    if (inlineQuery) {
      await inline(inlineQuery[1]?.trim() ?? "");
      return true;
    }
    const choice = /^\d+$/.test(text) && numberedTurn === turn ? numbered[Number(text) - 1] : undefined;
    turn++;
    if (choice) {
      await press(choice);
      return true;
    }
    try {
      await current.send(text, { bot: botId });
    } catch (error) {
      say(dim(`(not sent: ${(error as Error).message})`));
    }
    return true;
  };

  const unsubscribe = api.subscribe(show);
  say([`Chatting with ${botName} as ${current.firstName}.`, ...HELP.map(dim)]);
  prompt();
  try {
    await new Promise<void>((resolve) => {
      let queue = Promise.resolve();
      rl.on("line", (line) => {
        // Lines are handled one after another, even when they arrive together (pasted or piped).
        queue = queue.then(async () => {
          if (!(await handle(line))) rl.close();
          else prompt();
        });
      });
      rl.on("SIGINT", () => rl.close());
      rl.on("close", () => void queue.then(resolve));
    });
  } finally {
    unsubscribe();
  }
}
