// The dummy "it" of "It is unclear whether…", "It is reported that…", "It seems…": a subject
// that stands for the clause after it, never for anyone who spoke, so it names no speaker (the
// project's first rule: no suggestion invents a speaker). A company or a body called "it"
// ("It said the ruling was wrong", "It is appealing the fine") still speaks.

// "it" + a form of be, seem, appear or remain, not a progressive verb after "be".
const EXPLETIVE_IT =
  /^it\s+(?:seems|seemed|appears|appeared|(?:is|was|['’]s|has\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be|remains|remained|becomes|became)\s+(?:(?:not|also|still|now|already|widely|generally|increasingly|far|less|more|very)\s+)*(?!\p{L}+ing\b)\p{L})/iu;

/**
 * Whether `words` (the sentence from its subject up to where the claim's content starts, e.g.
 * "It is unclear ", "It seems") open with an expletive "it". Case-insensitive; pure.
 */
export function opensWithExpletiveIt(words: string): boolean {
  return EXPLETIVE_IT.test(words.trimStart());
}
