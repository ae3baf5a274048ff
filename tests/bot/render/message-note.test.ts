import { describe, expect, it } from "vitest";
import { withNote } from "../../../src/bot/render/message-note.js";

const alert = {
  text: "🥇 Gold! Aruzhan — Figure skating\nMilan 2026",
  entities: [{ type: "bold" as const, offset: 3, length: 5 }],
};

describe("withNote", () => {
  it("adds the note as its own paragraph in italics, the message's formatting kept", () => {
    const noted = withNote(alert, "🔕", "🔕 Stopped.");
    expect(noted.text).toBe(`${alert.text}\n\n🔕 Stopped.`);
    expect(noted.entities).toEqual([...alert.entities, { type: "italic", offset: alert.text.length + 2, length: "🔕 Stopped.".length }]);
  });

  it("replaces a note it added before, and takes it away: the message is as it was sent", () => {
    const noted = withNote(alert, "🔕", "🔕 Stopped.");
    expect(withNote(noted, "🔕", "🔕 Stopped again.").text).toBe(`${alert.text}\n\n🔕 Stopped again.`);
    expect(withNote(noted, "🔕", null)).toEqual(alert);
    expect(withNote(alert, "🔕", null)).toEqual(alert);
  });

  it("clips an entity that ran into the note; a paragraph not starting with the mark is the message's own", () => {
    const text = "Head\n\nTail 🔕";
    const spanning = { text: `${text}\n\n🔕 Old`, entities: [{ type: "bold" as const, offset: 6, length: 13 }] };
    expect(withNote(spanning, "🔕", null)).toEqual({ text, entities: [{ type: "bold", offset: 6, length: 7 }] });
  });
});
