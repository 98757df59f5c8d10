import { closestMatch } from '../xl/did-you-mean';

/** The closest candidate to a misspelt word, with the same distance rule as the other languages. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  return closestMatch(word, candidates);
}
