import { createInterface } from "node:readline";
import type { BotMessage, BotMessageEvent, LocalBot, LocalBotApi, LocalUser } from "./index.js";
import { renderButtons, renderText } from "./terminal-render.js";

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
  /** How long a button press waits for the bot's answerCallbackQuery. */
  pressTimeoutMs?: number;
}

interface Numbered {
  message: BotMessage;
  row: number;
  col: number;
}

const HELP = [
  "Type a message or a /command and press Enter.",
  "Buttons are numbered: type the number to press one.",
  "/as N — talk as user N (/as alone lists them), /users — who is who, /quit — leave.",
  "Messages the bot sends other users show as “→ Name”; /as to them offers their buttons again.",
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
      const lines = [`🤖 ${botName}${where}${label}:`, renderText(event.message.text, event.message.entities, color)];
      lines.push(...renderButtons(event.message, (row, col) => (mine ? number(event.message, row, col) : undefined)));
      say(lines);
    }
    // Only an interactive terminal needs the prompt redrawn after a reply cut into it.
    if (terminal) prompt();
  };

  const noteMissed = (recipient: LocalUser, event: BotMessageEvent): void => {
    let ids = missed.get(recipient.id);
    if (!ids) missed.set(recipient.id, (ids = new Set()));
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
    const lines = [dim(`${user.firstName} got ${waiting.length === 1 ? "a message" : `${waiting.length} messages`} with buttons meanwhile:`)];
    for (const message of waiting) {
      lines.push(`🤖 ${botName}:`, renderText(message.text, message.entities, color));
      lines.push(...renderButtons(message, (row, col) => number(message, row, col)));
    }
    say(lines);
  };

  const number = (message: BotMessage, row: number, col: number): number => {
    if (numberedTurn !== turn) {
      numberedTurn = turn;
      numbered = [];
    }
    numbered.push({ message, row, col });
    return numbered.length;
  };

  const press = async (choice: Numbered): Promise<void> => {
    const button = choice.message.buttons[choice.row]?.[choice.col];
    if (button?.url) {
      say(dim(`(opens ${button.url})`));
      return;
    }
    try {
      const answer = await current.press(choice.message, { row: choice.row, col: choice.col }, { timeoutMs: options.pressTimeoutMs ?? 5000 });
      if (answer.text) say(answer.show_alert ? `⚠️  ${answer.text}` : dim(`💬 ${answer.text}`));
      if (answer.url) say(dim(`(opens ${answer.url})`));
    } catch (error) {
      say(dim(`(button: ${(error as Error).message})`));
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
