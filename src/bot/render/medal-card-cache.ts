import { createHash } from "node:crypto";
import { type CardFonts, type MedalCard, type MedalCardInput, renderMedalCard } from "./medal-card.js";

/**
 * Medal cards rendered once per result and language, however many chats get them: a broadcast
 * to 2,000 chats in three languages renders three pictures. The key is the result's id, the
 * language and a hash of the card's whole input, which stands for the result's data version: a
 * corrected result, a renamed athlete or sport gives a new input, so a new card, and the old one
 * ages out. Concurrent asks for the same card share one render.
 *
 * Telegram answers the first upload with a file_id: outgoing/medal-card-photos.ts keeps it and sends
 * that rather than upload the picture again.
 */
export class MedalCardCache {
  private readonly cards = new Map<string, Promise<MedalCard>>();

  constructor(
    private readonly fonts: CardFonts,
    private readonly maxEntries = 64,
  ) {}

  static key(resultId: number, input: MedalCardInput): string {
    return `${resultId}:${input.lang}:${MedalCardCache.contentKey(input)}`;
  }

  /** A hash of everything the card says: the same for the same picture, another once anything on it changes. */
  static contentKey(input: MedalCardInput): string {
    return createHash("sha256").update(JSON.stringify(input)).digest("base64url").slice(0, 16);
  }

  get(resultId: number, input: MedalCardInput): Promise<MedalCard> {
    const key = MedalCardCache.key(resultId, input);
    const cached = this.cards.get(key);
    if (cached) {
      // Most recently used last, so the oldest is the one evicted.
      this.cards.delete(key);
      this.cards.set(key, cached);
      return cached;
    }
    const card = renderMedalCard(input, this.fonts);
    // A failed render is not kept: the next ask tries again.
    card.catch(() => this.cards.get(key) === card && this.cards.delete(key));
    this.cards.set(key, card);
    while (this.cards.size > this.maxEntries) {
      const oldest = this.cards.keys().next().value as string;
      this.cards.delete(oldest);
    }
    return card;
  }

  /** How many cards are held (for tests and metrics). */
  get size(): number {
    return this.cards.size;
  }
}
