// One vocabulary of display words: every enum value has one word, no two relations read alike,
// and reader pages, editor, exports and CLI draw on this module alone.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ClaimKind,
  ClaimStance,
  ClaimStatus,
  HopRelation,
  ReliabilityRating,
  ReviewState,
  SourceType,
  StandingStatus,
} from "@/lib/vocabulary";
import {
  CLAIM_KIND_WORDS,
  CLAIM_STATUS_WORDS,
  LINK_PHRASE,
  RELATION_WORDS,
  RELIABILITY_WORDS,
  REVIEW_STATE_WORDS,
  SOURCE_TYPE_WORDS,
  STANCE_WORDS,
  STANDING_WORDS,
} from "@/lib/words/display-words";

const keysOf = (words: Record<string, string>) => Object.keys(words).sort();

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe("display words", () => {
  it("name every value of every enum once, and no two values of one enum alike", () => {
    const pairs: Array<[Record<string, string>, readonly string[]]> = [
      [RELATION_WORDS, HopRelation.options],
      [SOURCE_TYPE_WORDS, SourceType.options],
      [CLAIM_KIND_WORDS, ClaimKind.options],
      [CLAIM_STATUS_WORDS, ClaimStatus.options],
      [STANCE_WORDS, ClaimStance.options],
      [STANDING_WORDS, StandingStatus.options],
      [REVIEW_STATE_WORDS, ReviewState.options],
      [RELIABILITY_WORDS, ReliabilityRating.options],
    ];
    for (const [words, values] of pairs) {
      expect(keysOf(words)).toEqual([...values].sort());
      expect(new Set(Object.values(words)).size).toBe(values.length);
    }
    expect(RELATION_WORDS.BASED_ON).toBe("used by");
    expect(`Emmanuel Macron ${LINK_PHRASE.SPEAKS_FOR.outgoing} Élysée`).toBe("Emmanuel Macron speaks for Élysée");
    expect(`Élysée ${LINK_PHRASE.SPEAKS_FOR.incoming} Emmanuel Macron`).toBe("Élysée spoken for by Emmanuel Macron");
  });

  it("are the only way app, lib and server turn an enum into words (no inline lower-casing)", () => {
    const files = ["app", "lib", "server"].flatMap(listFiles).filter((path) => /\.(ts|tsx)$/.test(path));
    const inline = files.filter((path) =>
      /\.toLowerCase\(\)\.replace\(\s*(?:"_"|\/_\/g)/.test(readFileSync(path, "utf8")),
    );
    expect(inline).toEqual([]);
  });
});
