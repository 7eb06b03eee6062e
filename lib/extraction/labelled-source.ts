// Where the speaker of a labelled attribution is written: the labeller's source run, widened
// where it is a lone determiner ("The | billionaire businessman"), or the subject before a cue
// found without any source (a name, he/she, or the noun phrase there: noun-phrase-before-cue.ts).
import {
  findNames,
  isPersonName,
  isRegisteredPerson,
  looksLikeOrganisation,
  type Person,
  splitTitle,
} from "./find-names.ts";
import type { LabelledAttribution } from "./label-attributions.ts";
import { findAntecedent, isRelativePronoun } from "./relative-antecedent.ts";
import { ownedNounsLength, pickSubject, type Range } from "./speech-verbs.ts";

type Context = { text: string; masked: string; state: { people: Person[] } };

const RELATIVE_OBJECT = /^\s*(?:which|whom)\s+(?=\S)/i;
const LONE_DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
// "his call for a ban": the cue right after the possessive is the person's own saying.
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|our)$/i;
const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const TIME_OPENING = new RegExp(
  String.raw`^(?:(?:last|next|this|earlier|later)\s+(?:week|month|year|night|weekend|spring|summer|fall|autumn|winter|${DAY})|(?:on\s+)?${DAY}|earlier|later|yesterday|today|tonight)\b,?\s+`,
  "i",
);

const CONNECTIVE = /^(?:And|But|Yet|So|Or|Nor)\s+/;
const NOT_A_NAME =
  /^(?:\p{Lu}\p{Ll}+ly|There|That|This|These|Those|Other|Others|All|Some|Many|Most|Few|Several|Both|Each|Every|Despite|Since|How|What|Why|Where|When|Is|Are|To|Holding|Nearly|Almost|About|Only|Just|Even|Among)$/u;

// A cue the labeller found without its source ("Donald Trump is telling attendees that…",
// "Marco Rubio flipped his choice – saying…"): the subject of the words before the cue, when
// they open with one. Null when the cue follows its content or no subject stands before it.
function subjectBeforeCue(ctx: Context, unitStart: number, cue: Range, content: Range): Range | null {
  if (cue.start < unitStart || content.start < cue.end) return null;
  const before = ctx.masked.slice(unitStart, cue.start);
  const picked = pickSubject(before, before.length);
  if (!picked) return null;
  // "Last week Stumpf appeared to blame…": the time opening the clause is not its subject.
  const time = TIME_OPENING.exec(before.slice(picked.subject.start, picked.subject.end))?.[0].length ?? 0;
  // "And most members of the board | don’t foresee…": the connective is not the subject's name.
  const connective = CONNECTIVE.exec(before.slice(picked.subject.start + time, picked.subject.end))?.[0].length ?? 0;
  const from = picked.subject.start + time + connective;
  const phrase = before.slice(from, picked.subject.end);
  const found = findNames(phrase)[0];
  // "Nearly 3 in 10 ferry users | want…", "Despite…": a capitalised adverb or function word is
  // no name.
  const head = found && !(found.start === 0 && NOT_A_NAME.test(found.text)) ? found : undefined;
  const pronoun = /^(?:he|she|they|it)\b/i.exec(phrase);
  const short = phrase.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(phrase) && !/^(?:The|A|An|This|That)\b/.test(phrase);
  // A name or pronoun opening a longer predicate is its subject ("Kasich is telling…").
  const end = short
    ? picked.subject.end
    : head?.start === 0
      ? from + head.end
      : pronoun
        ? from + pronoun[0].length
        : null;
  if (end === null || (short && !head && !pronoun)) return null;
  return { start: unitStart + from, end: unitStart + end };
}

// A person the article names, or a name that reads as one or as an institution; not a
// capitalised opener ("Tuesday", "Among", "Nearly").
function readsAsName(ctx: Context, text: string): boolean {
  const bare = splitTitle(text.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
  return (
    isRegisteredPerson(bare.name, ctx.state.people) ||
    isPersonName(bare.name, false) ||
    (text.includes(" ") && looksLikeOrganisation(text))
  );
}

// Openers before a sentence's subject: a connective, or an introductory phrase closed by a comma.
const OPENERS =
  /^(?:[\s(“"‘]|(?:But|And|Yet|So|Still|Instead|Meanwhile|However|Also|Now|Then)\b,?|(?:On|In|At|After|Before|During|Since|By|For|With|Under|Last|Earlier|Later|Recently|Previously|Until|Over|Throughout|Like|Unlike|Despite)\b[^,]{0,60},)\s*/;
// Between the subject and the cue, a clause of its own (a relative, a subordinate or a second
// coordinated subject) may hold the cue's real subject: then the opening subject is not taken.
const CLAUSE_BREAK =
  /(?:^|[\s,;—–-])(?:that|who|which|whose|whom|when|while|whereas|because|if|although|though|after|before|since|as|where|but|yet)\s|;|[:—–]\s|[.!?]\s/i;

// A cue found without any source and without a subject right before it ("Richard Roe, director
// of the Tax Institute at Dover College, said…", "Sen. Ann Moss, like the governor, has urged…",
// "He has promoted X and downplayed…"): the name or he/she opening the sentence, when no other
// clause lies between it and the cue. Null otherwise (the last speaker is taken instead).
function openingSubject(ctx: Context, unitStart: number, cue: Range, content: Range): Range | null {
  if (cue.start < unitStart || content.start < cue.end) return null;
  let from = unitStart;
  for (let i = 0; i < 4; i++) {
    const opener = OPENERS.exec(ctx.masked.slice(from, cue.start));
    if (!opener || opener[0].length === 0) break;
    from += opener[0].length;
  }
  const rest = ctx.masked.slice(from, cue.start);
  const pronoun = /^(?:he|she)\b/i.exec(rest);
  const name = pronoun ? null : findNames(rest)[0];
  const length = pronoun ? pronoun[0].length : name?.start === 0 ? name.end : 0;
  if (length === 0) return null;
  if (name && !readsAsName(ctx, name.text)) return null;
  const after = rest.slice(length);
  // "Clinton’s plan is…": a possessive names the owner, not the subject.
  if (/^['’]/.test(after) || CLAUSE_BREAK.test(after)) return null;
  return { start: from, end: from + length };
}

/**
 * The range of text naming who spoke in a labelled attribution (UTF-16 offsets into the
 * article), or null when the text names no one for it. `span` is the claim's extent.
 */
export function sourceOfLabelled(ctx: Context, unitStart: number, a: LabelledAttribution, span: Range): Range | null {
  const { source, cue } = a;
  if (!source) {
    // The noun phrase before the cue, from the words' parts of speech: it stands when the
    // subject read from the words is only its start ("More | than half of the delegates",
    // "The | findings"), or when nothing else was read.
    const phrase = cue && a.subject && cue.end <= span.start ? a.subject : null;
    const before = cue ? subjectBeforeCue(ctx, unitStart, cue, span) : null;
    const wider = phrase && before && phrase.start <= before.start && phrase.end > before.end ? phrase : null;
    const subject = cue ? (wider ?? before ?? openingSubject(ctx, unitStart, cue, span) ?? phrase) : null;
    // "This initiative, referred to as…": a determiner alone is no one's name.
    return subject && !LONE_DETERMINER.test(ctx.text.slice(subject.start, subject.end).trim()) ? subject : null;
  }
  const word = ctx.text.slice(source.start, source.end).trim();
  // "Jeb Bush, who ended his bid, said…": the speaker is the phrase "who" stands for.
  if (isRelativePronoun(word)) return findAntecedent(ctx.text, source.start, unitStart);
  // "a crack, which engineers say could widen": "which" is what is said of, the words after it
  // say who says so.
  const object = RELATIVE_OBJECT.exec(ctx.text.slice(source.start, source.end));
  if (object) return { start: source.start + object[0].length, end: source.end };
  // "The | billionaire businessman began…", "His | chief aide said…": a lone determiner opens the
  // phrase that runs to the cue (the aide spoke, not the man "his" stands for).
  if (POSSESSIVE_DETERMINER.test(word) && !(cue && /^\s*$/.test(ctx.text.slice(source.end, cue.start)))) {
    const until = cue && cue.start > source.end ? Math.min(cue.start, source.end + 80) : source.end + 80;
    const owned = ownedNounsLength(ctx.text.slice(source.end, until));
    return owned > 0 ? { start: source.start, end: source.end + owned } : null;
  }
  if (LONE_DETERMINER.test(word)) {
    const gap = cue && cue.start > source.end ? ctx.text.slice(source.end, cue.start) : "";
    if (/^[\s\p{L}’'-]+$/u.test(gap) && gap.trim().split(/\s+/).length <= 5)
      return { start: source.start, end: source.end + gap.trimEnd().length };
    // A determiner alone names no one ("This initiative, referred to as…" is no attribution).
    return null;
  }
  return appositiveName(ctx.text, source) ?? source;
}

// "Doe’s field director, Ann Lowe,": a description followed by the name it describes, set off
// by commas; the name speaks. Only a name of two words or more closing the run counts.
function appositiveName(text: string, source: Range): Range | null {
  const run = text.slice(source.start, source.end);
  const comma = run.search(/,\s+\p{Lu}[^,]*,?\s*$/u);
  if (comma <= 0 || !/(?:^|\s)\p{Ll}/u.test(run.slice(0, comma))) return null;
  const tail = run.slice(comma + 1).replace(/,?\s*$/, "");
  const start = comma + 1 + (tail.length - tail.trimStart().length);
  const name = findNames(tail.trim())[0];
  const whole = name?.start === 0 && name.end === tail.trim().length;
  if (!name || !whole || !/\s/.test(name.text) || !isPersonName(name.text, false)) return null;
  return { start: source.start + start, end: source.start + start + name.text.length };
}
