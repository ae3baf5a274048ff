/**
 * Case-, punctuation- and space-insensitive form of a name: NFKC, lower case, ё→е, only letters
 * and digits kept (Kazakh letters such as ә, ғ, қ, ң, ө, ұ, ү, һ, і are letters and stay).
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
