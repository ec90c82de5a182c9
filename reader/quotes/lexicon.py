"""The vocabulary of the quotes analysis: cue verbs by role, the words of a speaker's phrase, function words,
and the character classes and regex fragments shared by its modules.

The heuristics' behaviour lives in this data, so it is kept in one place to read and extend: a word set
defined twice drifts apart silently.
"""

from __future__ import annotations

import re

from ..text.abbreviations import BEFORE_NAME

# --- character classes and regex fragments --------------------------------------------------------------

#: Every double quotation mark, as characters (for a regex class or `str.strip`).
DOUBLE_QUOTES = '"“”„«»'
#: A space or a no-break space (a regex).
SPACE = r"[ \u00a0]"
#: A space and a no-break space, as characters (for `str.strip`).
SPACE_CHARS = " \u00a0"
#: The double quotes of English text: straight, opening and closing curly (not `„`, `«`, `»`).
ENGLISH_QUOTES = '"“”'
#: The double quotes that close a quote in English text.
CLOSING_QUOTES = '"”'
#: Up to four capitalised words, the last without a period: `Sen. Marco Rubio`, `O'Malley` (a regex).
NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*"

# --- cue verbs ------------------------------------------------------------------------------------------

_LEMMAS = [
    "accuse", "acknowledge", "add", "admit", "advise", "brand", "call", "describe", "dub", "label",
    "agree", "allege", "announce", "answer", "argue", "ask", "assert", "assure", "blame", "boast",
    "caution", "claim", "clarify", "comment", "complain", "concede", "conclude", "confirm", "contend",
    "criticize", "criticise", "declare", "decry", "deny", "disclose", "dispute", "echo", "emphasize",
    "emphasise", "estimate", "exclaim", "explain", "insist", "joke", "lament", "mention", "muse", "note",
    "observe", "predict", "proclaim", "promise", "quip", "reassure", "propose", "remember", "demand", "scold",
    "denounce", "slam", "blast", "tout", "pledge", "praise", "mock", "condemn", "refer", "hail", "dismiss",
    "believe", "think", "fear", "hope", "worry", "rail", "continue",
    "recall", "reckon", "cite", "quote", "chant", "elaborate", "interject", "counter", "concur", "confess",
    "plead", "implore", "scream", "whisper", "mutter", "grumble", "wonder", "speculate", "rant", "gush",
    "brag", "bemoan", "laud", "inquire", "rebut", "sing", "swear",
    "recount", "reiterate", "remark", "remind", "reply", "report", "respond", "retort", "reveal", "say",
    "scoff", "shout", "snap", "stress", "suggest", "tell", "testify", "tweet", "urge", "vow", "warn",
    "write", "yell",
]
_IRREGULAR = {"say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"),
              "think": ("thought", "thinks", "thinking"), "sing": ("sang", "sings", "singing", "sung"),
              "swear": ("swore", "swears", "swearing", "sworn"),
              "write": ("wrote", "writes", "writing", "written")}


def _forms(lemma: str) -> set[str]:
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma]}
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma  # agreeing
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else lemma + "s"
    forms = {lemma, third, past, stem + "ing"}
    if lemma in ("admit", "quip", "snap", "dub", "slam", "refer", "rebut", "concur", "brag"):  # doubled
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


#: `reads` (`“…,” reads the editorial`), but not `reading`.
CUE_WORDS: frozenset[str] = frozenset({f for lemma in _LEMMAS for f in _forms(lemma)}
                                      | {"stated", "reads", "opined", "opines"})
_MULTI = r"according\s+to|puts?\s+it|points?\s+out|pointed\s+out|pointing\s+out|went\s+on|goes\s+on"


def _trie(words: list[str]) -> str:
    """One regex for a word list, as a trie (`sa(?:id|ys?)`): `re` tries a flat alternation's ~400 words one
    by one at every word start, which made CUE the hot spot of reported-speech search; same matches."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


#: A cue verb as a whole word (case-insensitive), or a multi-word cue.
CUE = re.compile(r"\b(?:" + _MULTI + "|" + _trie(sorted(CUE_WORDS)) + r")\b", re.IGNORECASE)

#: After a quote, also `read` (`“…,” the statement read`, `“…,” read the email`): in front of a quote it is as
#: often plain reading (`expected me to read my prepared statement`).
#: Lower case only: `“…,” Read said` names Mr. Read.
CUE_AFTER = re.compile(r"\b(?:" + _MULTI + "|" + _trie(sorted(CUE_WORDS)) + r"|(?-i:read))\b", re.IGNORECASE)

#: Cue verbs by role. The sets overlap but play different parts, so each keeps exactly its members.
#: Reporting verbs: the first cue of a sentence, one of these, reports the clause holding a later cue
#: (`Obama said he expected that Americans will say “no”`).
REPORTING_VERBS: frozenset[str] = frozenset({
    "said", "says", "told", "tells", "wrote", "writes", "argued", "claimed", "insisted", "warned", "noted",
    "explained", "declared", "announced", "tweeted", "added", "adds", "stated"})
#: Strong cues: when a sentence holds one, its weaker cues are ignored (`Nance said she would like Trump to
#: explain “...”`): the reporting verbs, plus `say`, `according to` and `posted`.
STRONG_CUES: frozenset[str] = REPORTING_VERBS | {"say", "according to", "posted"}
#: Cues whose name after them is their subject (`…, explained Rosenberg,`), not `told Fox News`.
INTRANSITIVE_CUES: frozenset[str] = frozenset({
    "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "wrote", "writes", "argued",
    "argues", "continued", "insisted", "recalled", "replied", "responded", "quipped", "joked", "remarked",
    "observed", "declared", "recounted"})
#: Cues that may open a sentence with their speaker after them, before the quote: `said Smith, “...`.
INVERTED_LEAD_CUES: frozenset[str] = frozenset({"said", "says", "told", "wrote", "writes", "added", "asked"})

# --- the words of a speaker's phrase ---------------------------------------------------------------------

#: Personal pronouns a speaker may be written as, with their gender or number.
PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "you": "s", "it": "n"}
#: Relative pronouns that can stand for a speaker just named: `…, who said`.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "whom"})
DETERMINERS: frozenset[str] = frozenset({
    "a", "an", "the", "one", "two", "three", "several", "multiple", "many", "some", "another", "other",
    "both", "these", "those", "this", "that", "his", "her", "their", "its"})
#: Words that head a description of an unnamed source.
ANONYMOUS_HEADS: frozenset[str] = frozenset({
    "source", "sources", "official", "officials", "insider", "insiders", "aide", "aides", "person", "people",
    "interlocutor", "interlocutors", "journalist", "journalists", "observer", "observers", "analyst",
    "analysts", "expert", "experts", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson",
    "representative", "representatives", "commentator", "witness", "witnesses", "resident", "residents",
    "critics", "supporters", "staffer", "staffers", "advisers", "advisors", "reports", "media", "publication",
    "publications", "portal", "portals", "outlet", "newspaper"})
#: Heads of a description that can speak without being anonymous ("the Republican nominee", "the ministry").
ROLE_HEADS: frozenset[str] = frozenset({
    "nominee", "candidate", "president", "campaign", "government", "ministry", "administration", "office",
    "police", "committee", "department", "agency", "company", "party", "court", "report", "study", "poll",
    "survey", "statement", "website", "newspaper", "paper", "post", "times", "council", "authorities",
    "kremlin", "embassy", "army", "military", "service", "prosecutor", "prosecutors", "lawyer", "lawyers",
    "attorney", "leader", "leaders", "chairman", "minister", "governor", "senator", "mayor", "director",
    "secretary", "adviser", "advisor", "manager", "spokesman", "team", "group", "organization",
    "organisation", "union", "coalition", "commission", "board", "foundation", "institute", "center",
    "centre", "bureau", "network", "magazine", "daily", "publishers", "officer", "officers", "commander",
    "general", "colonel", "judge", "ambassador", "envoy"})
#: Role heads that name a body, not a person (`the company`, `the group`): a definite description with one
#: refers back to a body the article has named (`mentions.definite_role`).
BODY_HEADS: frozenset[str] = frozenset({
    "campaign", "government", "ministry", "administration", "office", "police", "committee", "department",
    "agency", "company", "party", "court", "council", "embassy", "army", "military", "service", "team",
    "group", "organization", "organisation", "union", "coalition", "commission", "board", "foundation",
    "institute", "center", "centre", "bureau", "network", "magazine", "daily", "newspaper", "paper",
    "website", "site", "firm", "publishers", "association", "corporation", "bank", "university"})
#: Titles dropped from a speaker's name ("Zelensky Advisor Mykhailo Podolyak" -> "Mykhailo Podolyak").
TITLES: frozenset[str] = frozenset(w.lower() for w in [
    "President", "Vice", "Presidential", "Advisor", "Adviser", "Minister", "Prime", "Deputy", "Secretary",
    "Speaker", "Director", "Chairman", "Chairwoman", "Chair", "Senator", "Sen", "Rep", "Representative",
    "Gov", "Governor", "Gen", "General", "Col", "Colonel", "Lt", "Maj", "Capt", "Adm", "Admiral", "Dr",
    "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Judge", "Justice", "Mayor", "Commissioner",
    "Ambassador", "Chief", "Officer", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Attorney",
    "Leader", "Candidate", "Nominee", "Chancellor", "Premier", "King", "Queen", "Prince", "Pope", "Rev",
    "Reverend", "Sheriff", "Councilman", "Councilwoman", "Congressman", "Congresswoman", "Manager", "Head",
    "CEO", "Founder", "Commander", "Editor", "Host", "Anchor", "Analyst", "Coach", "Pastor", "Bishop",
    "Sir", "Dame", "Lord", "Lady", "Former", "Acting", "Foreign", "Interior", "Defense", "Defence",
    "Finance", "Health", "Economy", "Economic", "Attorney-General",
])
#: Words that may stand, lower case, between the determiner and the name of a subject (`former Arkansas Gov.
#: Mike Huckabee`, `Republican presidential nominee Donald Trump`).
TITLE_WORDS: frozenset[str] = TITLES | ROLE_HEADS | ANONYMOUS_HEADS | {
    "commentator", "columnist", "strategist", "state", "party", "host", "delegate", "activist", "pollster"}
#: Capitalised words that do not name anyone: sentence openers, weekdays, months, page furniture.
NOT_NAMES: frozenset[str] = frozenset(w.lower() for w in [
    "But", "And", "Or", "So", "In", "At", "On", "Of", "For", "From", "With", "By", "To", "As", "After",
    "Before", "When", "While", "During", "Since", "Until", "Speaking", "Asked", "According", "Why",
    "Later", "Earlier", "Then", "Still", "Yet", "Also", "However", "Meanwhile", "Instead", "Indeed",
    "Today", "Tonight", "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "These", "Those", "It",
    "Its", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "If", "Although", "Though",
    "Because", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Hours", "Minutes", "Days", "Weeks", "Months", "Years", "Now", "Once", "Even", "Just",
    "Only", "Many", "Most", "Some", "Several", "All", "Both", "Each", "Every", "Other", "Another", "Such",
    "No", "Not", "Nor", "Yes", "Having", "Being", "Please", "Thanks", "Read", "Follow", "Watch", "Update",
    "Updated", "Photo",
    "Wait", "See", "Below", "Above", "Transcript", "Partial", "Full", "Excerpt", "Excerpts", "Text",
    "Video", "Related", "Like", "Unlike", "Despite", "Under", "Over", "About", "Against", "Among",
]) | {"according", "why", "amid", "amidst", "alongside", "following", "despite", "i"} | {
    # Sentence openers and pronouns of the languages translated news most often comes from (German here), so
    # that "Da sagte sie: „…“" or "Und dann: „…“" never makes "Da" or "Und" a speaker.
    "und", "aber", "da", "dann", "doch", "denn", "auch", "nun", "jetzt", "heute", "gestern", "morgen", "so",
    "er", "sie", "es", "wir", "ich", "ihr", "dies", "als", "wenn", "wie", "was", "wer", "noch", "schon",
    "später",
}

# --- function words --------------------------------------------------------------------------------------

#: Lower-case words inside a name: `Osama bin Laden`, `Procter and Gamble`.
CONNECTORS: frozenset[str] = frozenset({
    "of", "de", "van", "von", "bin", "al", "la", "der", "du", "da", "del", "el", "le", "di", "and"})
PREPOSITIONS: frozenset[str] = frozenset({
    "of", "at", "for", "from", "with", "in", "on", "to", "by", "about", "under", "upon"})
#: Words opening a subordinate clause before its subject: `when Trump said`, `in which Clinton expressed`.
SUBORDINATORS: frozenset[str] = frozenset({
    "which", "whom", "when", "where", "while", "as", "because", "since", "although", "though", "if", "until",
    "whereas", "after", "before"})
#: What may stand between the last comma and a cue verb that still has its speaker after it
#: (`…, and said Smith`); the empty string is a cue right after the comma.
CONJUNCTIONS: frozenset[str] = frozenset({"but", "and", "so", "yet", ""})
#: Abbreviations whose period does not end a sentence (lower case, without their final period): the
#: segmenter's titles (`text/abbreviations.py`, one list for both splitters) and the quotes' own additions.
ABBREVIATIONS: frozenset[str] = BEFORE_NAME | frozenset({
    "jr", "sr", "maj", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "u.s", "d.c", "a.m", "p.m", "e.g", "i.e", "cpl", "pvt", "supt", "messrs"})

# --- shared phrase patterns ------------------------------------------------------------------------------

#: `WASHINGTON (AFP) — `, `LOS ANGELES, July 25 (UPI) — `: a dateline, not a subject.
DATELINE = re.compile(r"^\s*(?:[A-Z]{2,}[A-Z .,]*(?:,\s*[A-Z][a-z]+\.?\s*\d{0,2})?\s*(?:\([A-Za-z]{2,8}\))?"
                      r"|(?:[A-Z][\w.]*[ ,]*){1,3}\([A-Z]{2,8}\))\s*[–—-]+\s+")
#: Auxiliaries and adverbs closing a subject phrase before its cue verb (`Priebus later`, `Trump has also`),
#: removed to leave the subject.
TRAILING_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|would|will|also|later|then|again|once|previously|recently|"
    r"already|is\s+to|are\s+to|was\s+to|were\s+to|wants?\s+to|is\s+going\s+to|may|might|"
    r"could|should|must|can|"
    r"just|did|does|do|was|is|were|are|not|never|repeatedly|publicly|privately|often|"
    r"(?-i:[a-z]+ly)))+\s*$", re.IGNORECASE)
#: A short parenthesis after a name, dropped from a subject: `Gov. John Kasich (R-OH), said`.
SHORT_PARENTHESIS = re.compile(r"\s*\([^)]{0,40}\)")
#: A described subject opening a clause, then its verb in the past: `A spokeswoman for the panel emailed`.
DESCRIBED_LEAD = re.compile(r"((?:A|An|The|One|Two|Some|Several|Many|Hundreds|Dozens|Thousands)\s"
                            r"[^,;:" + ENGLISH_QUOTES + r"]{2,80}?)"
                            r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|tried|went|took|made|came|sent|spent|began|held|"
                            r"gave|wrote|said|told)\b")

# --- extraction and context-level attribution -----------------------------------------------------------

#: A word for counting words: letters, digits, apostrophes and hyphens.
WORDS = re.compile(r"[\w’'-]+")

#: Cue words that introduce reported speech in a sentence without quote marks (`X said (that) C`).
REPORTED_SAY = frozenset({
    "said", "says", "say", "told", "tells", "claim", "claims", "claimed", "believe", "believes",
    "believed", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns",
    "noted", "notes", "stressed", "emphasized", "emphasised", "explained", "wrote", "writes",
    "reported", "reports", "announced", "confirmed", "predicted", "suggested", "admitted",
    "acknowledged", "estimated", "estimates", "point out", "points out", "pointed out"})
#: Verbs of being: after them a quote is the topic (`Guns are “a crisis”`), not the subject's words.
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "remains", "remained", "seems", "seemed"})
#: Prepositions that put a title after a cue (`said in an interview on CNN’s “State of the Union”`).
#: US states: a place opening a sentence (`Vermont voted …`), never taken as a speaker found without a cue.
#: (Washington, also a person's name, is left out.)
US_STATES: frozenset[str] = frozenset(s.casefold() for s in [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
    "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
    "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
    "Wyoming"])
#: Adjectives of party or creed, capitalised but never a speaker's name on their own (`The Democratic
#: candidate’s response came …`).
PARTY_ADJECTIVES: frozenset[str] = frozenset({"democratic", "republican", "conservative", "liberal",
                                              "progressive", "libertarian"})
#: Cues whose object is a source, not its words: a quote right after them that goes on into a noun is
#: part of the source's description (`citing “well-informed” Moscow sources`), a scare quote.
SOURCE_CUES = frozenset({"citing", "cited", "cites", "cite", "quoting", "quoted", "according to"})
TITLE_PREPOSITIONS = frozenset({"in", "on", "during", "at", "with", "from", "while"})

#: Up to four capitalised words, written with plain spaces (for `spaced`).
NAME = r"(?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]*"
#: Nouns for a text someone issued: `Trump’s statement in full:`.
TEXT_NOUN = r"(?:statement|response|remarks|tweets?|answer|reply|post|letter|message|speech|comments?)"


def spaced(pattern: str) -> re.Pattern[str]:
    """Compile a pattern written with plain spaces, each standing for a run of spaces or no-break spaces."""
    return re.compile(pattern.replace(" ", SPACE + "+"))


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Common first names by gender, and words in a speaker's phrase that say the gender: enough for `he` and
#: `she` to skip a speaker of the other sex (`Clinton said …. “…,” he said` is not Clinton when Hillary).
FEMALE_FIRST = _names("""
hillary nancy elizabeth carly nikki susan sarah michelle huma donna debbie kellyanne hope katrina
marsha dana megyn jill jennifer mary patricia linda barbara karen lisa margaret laura amy anna emily
rebecca jessica maria julia rachel heather melania ivanka chelsea loretta kamala tammy claire jeanne
kirsten dianne maxine condoleezza madeleine sheila joni janet ann anne katie kate kathleen catherine
christine caroline diane judy julie helen ruth sandra sharon deborah cynthia angela melissa nicole
stephanie samantha natalie olivia sophia emma grace alice jane joan joyce betty dorothy carol
virginia martha gloria teresa theresa marine ursula yulia irina olga natalia svetlana tatiana
lyudmila valentina
""")
MALE_FIRST = _names("""
donald bernie ted marco jeb john ben chris mike paul barack joe tim bill george rand martin scott
rick mitt reince corey newt rudy jim james robert michael david richard thomas charles daniel
matthew mark steven steve kevin jeff brian eric ryan jason gary frank harry mitch vladimir sergei
sergey dmitry volodymyr mykhailo recep boris tony jack andrew peter sean greg bob dick evan jay jon
ken larry dan dennis doug ron roger bobby hugh ed edward al alan howard tom nick sam stephen patrick
josh karl carl nate jared brad william joseph jerry rob rudolph lamar orrin chuck jesse benjamin
bashar emmanuel francois xi shinzo justin anthony antonin clarence samuel neil brett dmitri alexei
alexander andrei viktor yevgeny igor oleg pavel ivan nikolai petro
""")
FEMALE_WORDS = {"mrs", "ms", "miss", "congresswoman", "spokeswoman", "chairwoman", "councilwoman",
                 "woman", "mother", "wife", "daughter", "sister", "businesswoman", "queen", "lady", "madam"}
MALE_WORDS = {"mr", "congressman", "spokesman", "councilman", "man", "father", "husband", "son", "brother",
               "businessman", "king", "sir", "lord"}
