"""Every word list of the changes, as data: number words, months and weekdays, negations, hedges, and the
capitalised words that are not names. English first; German months and weekdays are known so that a German
date is read as a date, never as a bare number."""

from __future__ import annotations

UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    # German, so that "drei" against "3" is no change
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
}
#: "one" only counts next to a scale word ("one million"): alone it is mostly a pronoun ("one of them").
ONE = {"one": 1}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "tausend": 1_000, "millionen": 1_000_000, "milliarde": 1_000_000_000,
          "milliarden": 1_000_000_000}
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
#: Words that make a number approximate: "almost eight months" against "eight months" is a change.
APPROXIMATORS = {"almost", "nearly", "about", "around", "approximately", "roughly", "some", "over",
                 "more than", "less than", "fewer than", "at least", "up to", "at most",
                 "just under", "just over"}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonnabend": 6,
    "sonntag": 7,
}
RELATIVE_DAYS = {"today", "yesterday", "tomorrow", "tonight", "heute", "gestern"}  # "Morgen" is also morning

#: Words that turn a statement into its opposite. "n't" is counted where a contraction has it.
NEGATIONS = {"not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere",
             "n't", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines"}
#: "not only", "no longer" and the like do not negate the statement they sit in (or are counted elsewhere).
NOT_NEGATING_AFTER = {"only", "just", "least", "doubt", "matter"}
#: Words between a negation and what it negates ("did not *even* want", "is not *yet* ready", "nicht *mehr*"):
#: auxiliaries, adverbs and pronouns, skipped when looking for the negated statement on the other side.
NEGATION_SCOPE_SKIP = {
    "did", "does", "do", "has", "have", "had", "was", "were", "been", "being", "will", "would", "can",
    "could", "should", "shall", "must", "might", "may", "yet", "even", "ever", "also", "still", "always",
    "longer", "him", "her", "them", "you", "she", "his", "not", "nor", "more", "ist", "sind", "war",
    "waren", "hat", "haben", "hatte", "wird", "werden", "wurde", "kann", "können", "soll", "sollen", "muss",
    "müssen", "darf", "dürfen", "mehr", "noch", "auch", "immer", "sich", "ihn", "ihr", "sie", "ihm", "uns",
    "euch", "mich", "dich", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
}

#: Hedges: words that lower certainty, single words and phrases (folded, in text order of their words).
HEDGE_WORDS = {"may", "might", "could", "likely", "unlikely", "probably", "possibly", "perhaps", "reportedly",
               "allegedly", "apparently", "supposedly", "seemingly", "presumably", "purportedly", "maybe"}
HEDGE_PHRASES = (("appears", "to"), ("appear", "to"), ("seems", "to"), ("seem", "to"),
                 ("is", "said", "to"), ("are", "said", "to"), ("is", "believed", "to"))
#: Attribution qualifiers are hedges too: "according to" a source, and "sources" followed in the same clause
#: by one of these verbs ("sources say", "sources close to the Kremlin claimed").
SOURCE_VERBS = {"say", "says", "said", "claim", "claims", "claimed", "tell", "told", "report", "reported",
                "believe", "believed", "suggest", "suggested", "insist", "insisted", "emphasize",
                "emphasized", "emphasise", "emphasised", "stress", "stressed", "add", "added", "note",
                "noted", "indicate", "indicated", "confirm", "confirmed"}
#: "according to the plan" says what the plan is, not who says so: after "according to", one of these nouns
#: (before the first preposition or punctuation mark) makes no hedge.
NOT_SOURCES = {"plan", "plans", "scenario", "scenarios", "schedule", "timetable", "law", "laws", "rule",
               "rules", "constitution", "agreement", "agreements", "deal", "terms", "treaty", "protocol",
               "procedure", "procedures", "script", "tradition", "custom", "design", "instructions",
               "guidelines", "program", "programme", "blueprint", "formula", "regulations", "principle",
               "principles"}

#: German function words: a passage with several of them is German, where every noun is capitalised, so
#: capitalisation says nothing about names and `names` stays silent.
GERMAN_MARKERS = {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "zu", "den",
                  "dem", "sich", "auf", "für", "auch", "es", "sie", "wird", "wurde", "sind", "im", "werden"}

#: Capitalised words that are not names (sentence starts, titles, days and months are handled elsewhere).
NOT_NAMES = {
    "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "of", "for", "to", "by", "with", "from",
    "as", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "his", "her", "their", "our", "my", "your", "mr", "mrs", "ms", "dr", "president", "minister", "prime",
    "according", "however", "meanwhile", "also", "after", "before", "when", "while", "what", "who", "why",
    "how", "where", "which", "now", "then", "so", "yet", "still", "not", "no", "yes", "all", "some", "many",
    "one", "two", "three", "first", "last", "new", "de", "der", "die", "das", "und", "ein", "eine", "sen",
    "rep", "gov", "gen", "st", "said", "says", "ukrainian", "russian", "american", "european", "western",
}

#: Words whose change inside a quote is no change of what was said ("a" / "the", "that" / "this", "in" /
#: "according to": prepositions, "according to" among them; a source it names is a `hedge` change).
FUNCTION_WORDS = {"a", "an", "the", "this", "that", "these", "those", "to", "of", "in", "on", "at", "for",
                  "according", "and", "or", "by", "with", "as", "it", "is", "are", "was", "be", "s", "so",
                  "then", "there", "which", "who", "what", "we", "they", "our", "their", "its", "any", "some",
                  "from", "into"}
