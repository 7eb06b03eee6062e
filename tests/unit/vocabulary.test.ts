import { describe, expect, it } from "vitest";
import * as vocabulary from "../../lib/vocabulary";
import * as enums from "../../prisma/generated/prisma/enums";

type ZodEnumLike = { options: readonly string[]; parse: (value: unknown) => unknown };
const isZodEnum = (value: unknown): value is ZodEnumLike =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as ZodEnumLike).options) &&
  typeof (value as ZodEnumLike).parse === "function";

const zodEnums = Object.entries(vocabulary as Record<string, unknown>).filter((entry): entry is [string, ZodEnumLike] =>
  isZodEnum(entry[1]),
);
const prismaEnums = Object.entries(enums as Record<string, unknown>).filter(
  (entry): entry is [string, Record<string, string>] => typeof entry[1] === "object" && entry[1] !== null,
);

describe("vocabulary", () => {
  it("mirrors every enum of the Prisma schema, and only those", () => {
    expect(zodEnums.map(([name]) => name).sort()).toEqual(prismaEnums.map(([name]) => name).sort());
    expect(zodEnums.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "Role",
        "ArticleStatus",
        "ClaimKind",
        "ClaimStatus",
        "SourceType",
        "StandingStatus",
        "HopRelation",
        "PrimaryRecord",
      ]),
    );
  });

  it.each(zodEnums)("%s has exactly the values of the Prisma enum", (name, zodEnum) => {
    const prismaEnum = (enums as unknown as Record<string, Record<string, string> | undefined>)[name];
    expect(prismaEnum, `prisma/schema.prisma has no enum ${name}`).toBeDefined();
    expect([...zodEnum.options].sort()).toEqual(Object.values(prismaEnum!).sort());
    for (const value of Object.values(prismaEnum!)) expect(zodEnum.parse(value)).toBe(value);
  });

  it("counts only record-like source types as primary records", () => {
    expect([...vocabulary.RECORD_SOURCE_TYPES].sort()).toEqual([
      "DATASET",
      "DOCUMENT",
      "OFFICIAL_STATEMENT",
      "RECORDING",
    ]);
    for (const type of vocabulary.RECORD_SOURCE_TYPES) expect(vocabulary.SourceType.options).toContain(type);
  });
});
