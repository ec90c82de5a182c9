"""The vocabulary of the quotes analysis: the cue verbs that introduce reported speech and the words that head
a speaker's phrase."""

from __future__ import annotations

import re

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
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else lemma + "s"
    forms = {lemma, third, past, stem + "ing"}
    if lemma in ("admit", "quip", "snap", "dub", "slam", "refer"):  # doubled final consonant
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

PRONOUNS = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "you": "s", "it": "n"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "several", "multiple", "many", "some", "another",
               "other", "both", "these", "those", "this", "that", "his", "her", "their", "its"}
#: Words that head a description of an unnamed source.
ANONYMOUS_HEADS = {"source", "sources", "official", "officials", "insider", "insiders", "aide", "aides",
                   "person", "people", "interlocutor", "interlocutors", "journalist", "journalists",
                   "observer", "observers", "analyst", "analysts", "expert", "experts", "diplomat",
                   "diplomats", "spokesman", "spokeswoman", "spokesperson", "representative",
                   "representatives", "commentator", "witness", "witnesses", "resident", "residents",
                   "critics", "supporters", "staffer", "staffers", "advisers", "advisors", "reports",
                   "media", "publication", "publications", "portal", "portals", "outlet", "newspaper"}
#: Heads of a description that can speak without being anonymous ("the Republican nominee", "the ministry").
ROLE_HEADS = {"nominee", "candidate", "president", "campaign", "government", "ministry", "administration",
              "office", "police", "committee", "department", "agency", "company", "party", "court", "report",
              "study", "poll", "survey", "statement", "website", "newspaper", "paper", "post", "times",
              "council",
              "authorities", "kremlin", "embassy", "army", "military", "service", "prosecutor", "prosecutors",
              "lawyer", "lawyers", "attorney", "leader", "leaders", "chairman", "minister", "governor",
              "senator",
              "mayor", "director", "secretary", "adviser", "advisor", "manager", "spokesman", "team", "group",
              "organization", "organisation", "union", "coalition", "commission", "board", "foundation",
              "institute", "center", "centre", "bureau", "network", "magazine", "daily", "publishers",
              "officer", "officers", "commander", "general", "colonel", "judge", "ambassador", "envoy"}
#: Titles dropped from a speaker's name ("Zelensky Advisor Mykhailo Podolyak" -> "Mykhailo Podolyak").
TITLES = {w.lower() for w in [
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
]}
