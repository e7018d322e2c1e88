"""The office holders a document names, as evidence of when it was written.

A person known for an office dates the article to that office's term; "former",
"then-" and "-elect", and a title beside the name ("President X"), narrow which
term. ``document.dating`` turns these into bounds on the publication date.
"""

from __future__ import annotations

from ..document.dating.people import Named, person_status
from ..model import Document
from .kb import load_kb
from .mentions import DocActors

ROLE_WORDS = ("president", "prime minister", "premier", "foreign minister", "foreign secretary", "secretary of state",
              "chancellor", "deputy secretary", "under secretary", "secretary-general", "secretary general", "ambassador", "minister")


def office_holders(document: Document, acts: DocActors) -> list[Named]:
    """The known office holders named, whether called 'former', 'then-' or '-elect', and the terms their titles point to."""
    kb = load_kb()
    seen: dict[str, Named] = {}
    for mention in acts.mentions:
        person = kb.persons.get(mention.actor.name or "")
        offices = [t for t in person.terms if t.role_kind != "notable"] if person is not None else []
        if mention.kind != "person" or not offices:  # people known for no office say nothing of when the article was written
            continue
        status, title = person_status(document.text, mention.start, mention.end)
        window = document.text[max(0, mention.start - 60) : mention.end + 60].lower()
        titled = [t for t in offices if any(w in window and w in t.role.lower() for w in ROLE_WORDS)]
        entry = seen.get(person.name)
        if entry is None or (entry.status and not status):
            seen[person.name] = Named(person, status, titled or (entry.terms if entry and entry.titled else []),
                                      bool(titled) or bool(entry and entry.titled), title)
        elif titled and not entry.titled:
            seen[person.name] = Named(person, entry.status, titled, True, entry.title)
    return [Named(n.person, n.status, n.terms or [t for t in n.person.terms if t.role_kind != "notable"], n.titled, n.title)
            for n in seen.values()]
