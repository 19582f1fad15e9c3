"""The closed value lists of the seed format (knowledge/seed/FORMAT.md) and of a Situation.

Kept in one place so validation, the schema and the ranking rules cannot drift apart.
"""
from __future__ import annotations

# --- facts about organisations (FORMAT.md) ---------------------------------------------
KINDS_OF_HELP = (
    "medisch", "sporenonderzoek", "psychisch", "praktisch", "juridisch", "melden_politie",
    "melden_sector", "beelden_verwijderen", "anoniem_praten", "advies_naasten",
    "zorgen_eigen_gedrag", "crisis", "schadevergoeding", "bemiddeling",
)
AUDIENCES = ("slachtoffer", "omstander", "naaste", "pleger", "professional")
SITUATIONS = (
    "acuut", "langer_geleden", "online", "thuis", "sport", "cultuur", "kerk", "school",
    "studentenleven", "zorg", "werk", "straat", "lhbtiq", "algemeen",
)
CHANNEL_KINDS = ("phone", "chat", "whatsapp", "email", "webform", "walkin", "website", "app")
COVERAGES = ("landelijk", "regionaal")

# Verification status of one fact. Only the first three may be shown to users.
STATUSES = ("V", "V3", "VD", "U")
SHOWABLE_STATUSES = frozenset({"V", "V3", "VD"})
UNVERIFIED = "U"

# Free-text and yes/no claims about an organisation that carry a source like a contact fact
# (FORMAT.md, "Claims"). Missing or U: not shown to users.
CLAIM_FIELDS = ("description", "what_to_expect", "anonymous", "free")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index == date.weekday()

# The list-valued facets of an organisation, as stored in `organisation_terms.facet`.
FACETS = ("kinds_of_help", "audiences", "situations", "languages", "municipalities")

# --- what a conversation may know (Situation) ---------------------------------------------
ROLES = AUDIENCES
INCIDENTS = (
    "verkrachting", "aanranding", "drogering", "online_beelden", "sextortion", "intimidatie",
    "onbekend",
)
# drogering: drugged, does not know what happened; treated as possible rape (traces, care)
PHYSICAL_INCIDENTS = frozenset({"verkrachting", "aanranding", "drogering"})
ONLINE_INCIDENTS = frozenset({"online_beelden", "sextortion"})
TIME_BUCKETS = ("acuut", "langer_geleden", "onbekend")
ACUTE_DAYS = 7  # CSG and police: forensic examination is possible in the first 7 days
SETTINGS = SITUATIONS
WISHES = (
    "praten", "melden", "aangifte", "medisch", "beelden_verwijderen", "anoniem", "juridisch",
    "schadevergoeding", "bemiddeling", "geen_politie",
)
# Churches with their own reporting point (reference §2.12), as the NLU names them.
CHURCHES = ("rooms_katholiek", "protestants", "gereformeerd", "reformatorisch", "evangelisch")

