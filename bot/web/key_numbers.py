"""The answer when the assistant itself cannot answer (Rasa down, bad request).

Numbers from ../shared/landscape/organisations.md: 112 (V), CSG 0800-0188 24/7 (V),
Veilig Thuis 0800-2000 24/7 (V), Slachtofferhulp 0900-0101 (V), 113 / 0800-0113 24/7 (V3).
The same numbers stand on the page itself (static/index.html), so they are there even when
this app cannot be reached.
"""

UNAVAILABLE_TEXT = (
    "Het lukt nu even niet om je een antwoord te geven. Dat spijt me.\n"
    "Je kunt wel meteen iemand bellen:\n"
    "• Gevaar nu: 112\n"
    "• Centrum Seksueel Geweld: 0800-0188 (gratis, dag en nacht)\n"
    "• Veilig Thuis, bij geweld thuis: 0800-2000 (gratis, dag en nacht)\n"
    "• Slachtofferhulp Nederland: 0900-0101\n"
    "• Denk je aan zelfdoding? 113 of 0800-0113 (dag en nacht)"
)

BAD_REQUEST_TEXT = (
    "Dit bericht kon ik niet lezen. Probeer het nog eens.\n"
    "Gevaar nu: bel 112. Centrum Seksueel Geweld: 0800-0188 (gratis, dag en nacht)."
)
