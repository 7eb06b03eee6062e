import { describe, expect, it } from "vitest";
import { buildPeopleRegistry, expandPersonName, isRegisteredPerson, type Person } from "@/lib/extraction/find-names";

const names = (text: string) => buildPeopleRegistry(text).map((p) => p.name);

describe("the register of people", () => {
  it("leaves out a name read only in title-case lines, however often", () => {
    const headline = "Derelict Voss And Ellery Trade Blows Over Farm Bill\n";
    expect(names(`${headline.repeat(3)}The bill passed on Tuesday.`)).toEqual([]);
  });

  it("keeps a title-case line's name that the copy uses too, at each mention", () => {
    const text = "Ann Roe Tom Voss\nAnn Roe Tom Voss\nThe senator met Ann Roe Tom Voss on Friday.";
    expect(buildPeopleRegistry(text).map((p) => p.at)).toEqual([0, 17, 50]);
  });
});

describe("a short mention's fullest name", () => {
  const person = (name: string, at: number): Person => ({ name, title: null, at });
  const people = [
    person("Melania Trump", 0),
    person("Donald Trump", 10),
    person("Melania Trump", 20),
    person("Donald J. Trump", 30),
  ];

  it("is the first-named person's longest form, or the one `fits` allows", () => {
    expect(expandPersonName("Trump", people)).toBe("Melania Trump");
    expect(expandPersonName("Mr. Trump", people, (n) => n.startsWith("Donald"))).toBe("Donald J. Trump");
    expect(expandPersonName("J. Trump", people)).toBe("Donald J. Trump");
    expect(expandPersonName("Rubio", people)).toBe("Rubio");
  });

  it("matches whole words only", () => {
    expect(isRegisteredPerson("Trump", people)).toBe(true);
    expect(isRegisteredPerson("rump", people)).toBe(false);
    expect(isRegisteredPerson("Donald", people)).toBe(false);
  });
});
