// Word lists behind name classification. Kept general on purpose: titles, organisation words
// and outlet naming conventions, not names from any particular article.

export const TITLE_WORDS = new Set([
  "president", "vice", "prime", "minister", "secretary", "chancellor", "mayor", "governor", "director",
  "chief", "executive", "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep",
  "representative", "congressman", "congresswoman", "general", "gen", "colonel", "col", "lieutenant",
  "lt", "major", "maj", "captain", "capt", "admiral", "adm", "commander", "judge", "justice",
  "ambassador", "commissioner", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "founder",
  "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "king", "queen",
  "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "leader", "head",
  "deputy", "author", "premier", "sheriff", "superintendent", "inspector", "officer", "mp", "mep",
  "attorney", "envoy", "adviser", "advisor", "economist", "analyst", "researcher", "scientist",
  "coach", "manager", "chairperson", "marshal", "sergeant", "sgt", "emir", "crown",
]);

// Words that make a capitalised sequence an institution rather than a person.
export const ORG_WORDS = new Set([
  "ministry", "office", "department", "agency", "service", "services", "union", "council",
  "commission", "committee", "parliament", "congress", "senate", "court", "bank", "fund", "company",
  "corp", "corporation", "inc", "ltd", "plc", "group", "airlines", "airways", "motors", "party",
  "army", "force", "forces", "police", "university", "college", "institute", "hospital", "school",
  "foundation", "association", "organization", "organisation", "authority", "board", "bureau",
  "kremlin", "pentagon", "hall", "house", "government", "administration", "command", "guard",
  "navy", "network", "holdings", "partners", "capital", "energy", "systems", "technologies",
  "labs", "club", "league", "federation", "alliance", "coalition", "movement", "front", "cabinet",
  "embassy", "mission", "secretariat", "presidency", "palace", "prosecutor", "prosecutors",
  "regulator", "exchange", "nations", "health", "public", "reserve", "treasury", "international",
  "relief", "aid", "rights", "watch", "trust", "society", "center", "centre", "initiative", "project",
  "global", "solutions", "software", "pharma", "pharmaceuticals", "studios", "industries",
  "enterprises", "ventures", "electric", "power", "oil", "petroleum", "mining", "steel", "chemicals",
  "logistics", "shipping", "railways", "telecom", "communications", "insurance", "securities",
  "investments", "markets", "tribunal", "observatory", "institution", "consortium", "cooperative",
]);

export const PLACE_WORDS = new Set([
  "north", "south", "east", "west", "new", "saint", "st", "nova", "los", "las", "san", "santa",
  "city", "republic", "kingdom", "states", "america", "zealand", "island", "islands", "sea",
  "ocean", "river", "valley", "gulf", "bay", "coast", "region", "province", "street", "square",
]);

export const CALENDAR_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "morning", "evening", "night",
]);

// Outlets too short or too well known to be caught by the naming patterns below.
const KNOWN_OUTLETS = new Set([
  "reuters", "ap", "associated press", "afp", "agence france-presse", "bbc", "cnn", "npr", "nbc",
  "cbs", "abc", "msnbc", "bloomberg", "tass", "ria novosti", "ria", "interfax", "xinhua",
  "al jazeera", "politico", "axios", "bild", "kyodo", "yonhap", "ansa", "dpa", "efe", "pti",
  "irna", "anadolu", "haaretz", "kommersant", "izvestia", "vedomosti", "nikkei", "semafor",
  "forbes", "fortune", "newsweek", "the atlantic", "the economist", "the guardian", "ynet",
  "handelsblatt", "spiegel", "the hill", "vox", "wired", "euronews", "france 24", "rfi",
  "deutsche welle", "dw", "rte", "cbc", "abc news", "sky", "itv", "channel 4", "the verge", "usa today",
  "cnbc", "fox", "pbs", "c-span", "the information", "buzzfeed news", "huffpost", "vice", "the intercept",
  "propublica", "mediapart", "nhk", "ani", "meduza", "al arabiya", "trt", "rt", "sputnik", "ukrinform",
  "unian", "rai", "ard", "zdf", "orf", "nos", "svt", "yle", "nrk", "sbs", "nzz", "the new yorker",
  "the atlantic", "slate", "salon", "vox", "axios", "punchbowl news", "the times", "the telegraph",
]);

const OUTLET_ARTICLE = /^(?:Le|La|Les|L['’]|El|Il|Lo|Die|Der|Das|Het|O)\s+\p{Lu}/u;
const OUTLET_SUFFIX =
  /\b(?:Times|Post|Journal|Guardian|Telegraph|Independent|Economist|Herald|Tribune|Observer|Globe|Chronicle|Gazette|Mail|Mirror|Express|Examiner|Inquirer|Courier|Dispatch|Bulletin|Monitor|Register|Standard|Zeitung|Allgemeine|News|Newsweek|Television|TV|Radio|Broadcasting|Press|Wire|Daily|Insider|Magazine|Sun|Star|Nation)$/u;

export function isOutletName(name: string): boolean {
  const bare = name.replace(/^the\s+/i, "").trim();
  if (!bare) return false;
  if (KNOWN_OUTLETS.has(name.toLowerCase()) || KNOWN_OUTLETS.has(bare.toLowerCase())) return true;
  return OUTLET_ARTICLE.test(bare) || OUTLET_SUFFIX.test(bare);
}

// A noun that, after "the", points back at an outlet already named ("the newspaper said").
export const OUTLET_NOUNS =
  "newspaper|paper|daily|broadcaster|network|channel|agency|news agency|tabloid|weekly|magazine|outlet|website|station|publication|reports?";

// Nouns that introduce an outlet's own name ("the business daily Handelsblatt").
export const OUTLET_INTRODUCERS =
  /\b(?:newspaper|daily|paper|broadcaster|network|channel|news agency|agency|tabloid|weekly|magazine|outlet|website|radio|station|publication|news site)\s+((?:\p{Lu}[\p{L}\p{M}.’'-]*)(?:\s+(?:du|de|des|di|der)?\s*\p{Lu}[\p{L}\p{M}.’'-]*)*)/u;

// Lowercase heads of an unnamed group of people speaking.
export const GROUP_HEADS =
  /\b(?:people|persons|sources|officials|diplomats|lawmakers|legislators|researchers|scientists|experts|analysts|residents|witnesses|investigators|authorities|executives|insiders|aides|advisers|activists|doctors|economists|officers|soldiers|critics|members|campaigners|negotiators|prosecutors)\b/i;

export const DOCUMENT_NOUNS =
  "study|studies|survey|poll|data|figures|statistics|analysis|report|document|documents|memo|filing|records|fact sheet|statement|letter|draft|review|paper|census|estimates|research|assessment|audit|indictment|transcript|emails?";
export const DOCUMENT_HEADS = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS})\b`, "i");
