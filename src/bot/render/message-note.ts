import type { MessageEntity } from "grammy/types";

/** A message's text as Telegram holds it: plain text and its entities (UTF-16 offsets, as JS strings count). */
export interface EntityText {
  text: string;
  entities: MessageEntity[];
}

const SEPARATOR = "\n\n";

/**
 * A message's text with its note replaced: the last paragraph, if it starts with `marker`, is the
 * note the bot added before and goes; `note` (if any) is added in its place, in italics. The rest of
 * the message and its formatting stay as they were sent, so an alert keeps what it said and only
 * its note changes (once stopped, "🔕 …"; brought back, none).
 */
export function withNote(message: EntityText, marker: string, note: string | null): EntityText {
  const cut = message.text.lastIndexOf(`${SEPARATOR}${marker}`);
  const base = cut >= 0 ? message.text.slice(0, cut) : message.text;
  const entities = message.entities.flatMap((e) => {
    if (e.offset >= base.length) return [];
    return [{ ...e, length: Math.min(e.length, base.length - e.offset) }];
  });
  if (note === null) return { text: base, entities };
  const offset = base.length + SEPARATOR.length;
  return { text: `${base}${SEPARATOR}${note}`, entities: [...entities, { type: "italic", offset, length: note.length }] };
}
