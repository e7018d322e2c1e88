"""References across sentences: a pronoun to the actor it stands for, and an interview's 'I' and 'we' to the interviewee.

The subject of a clause is the likelier antecedent (centering): a governing subject in the pronoun's own
sentence, else the subject of one of the three sentences before it.
"""

from __future__ import annotations

from bisect import bisect_right, insort

from spacy.tokens import Doc

from ..document.parsed import TokenTable, token_table
from ..model import ActorRef, Document, Mention
from .kb import load_kb
from .mentions import DocActors, in_segment, people_sector, tokens_in
from .titles import is_person_noun

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
ALL_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "iobj", "pobj"}


def _is_subject(acts: DocActors, doc: Doc, mention: Mention) -> bool:
    parse, root = token_table(doc), acts.root_of(doc, mention)
    return parse.dep[root] in SUBJECT_DEPS or (parse.dep[root] == "appos" and parse.dep[parse.head[root]] in SUBJECT_DEPS)


def antecedent(acts: DocActors, doc: Doc, pronoun: int, kinds: set[str], *, not_named: str | None = None,
               titled: bool = False) -> Mention | None:
    """The mention the pronoun at position ``pronoun`` points to: a governing subject in its own sentence, else the
    subject of an earlier clause of that sentence (never of the pronoun's own clause), else the nearest earlier
    sentence's subject, else its latest mention.

    ``not_named`` is a person the pronoun cannot be (the interviewee, inside their own answer); ``titled`` lets a title
    the knowledge base could not name count as a person ('Brazil's president')."""
    parse = token_table(doc)
    offset = parse.idx[pronoun]
    bounds = acts.sentence_bounds(doc)
    k = bisect_right(bounds, offset, key=lambda b: b[0]) - 1  # the pronoun's sentence: it holds text, so it is there
    sent_start = bounds[k][0]
    own = _own_clause(parse, pronoun)
    ancestors = set(parse.ancestors(pronoun)) - own
    candidates = [m for m in acts.mentions if (m.kind in kinds or titled and _titled(acts, doc, m))
                  and (not_named is None or m.actor.name != not_named)]
    if parse.lower[pronoun] in PLURAL_PRONOUNS and (group := _latest_group(acts, doc, candidates, sent_start, offset)):
        return group  # 'Russia cut gas to Poland and Bulgaria after they refused': states are 'it'; 'they' are several
    before = []  # the subjects named before the pronoun in its sentence, latest first, with the verb each is subject of
    for mention in reversed([m for m in candidates if sent_start <= m.start < offset]):
        root = acts.root_of(doc, mention)
        if parse.dep[root] in SUBJECT_DEPS:
            before.append((mention, parse.head[root]))
    singular = parse.lower[pronoun] in THING_PRONOUNS
    for mention, verb in before:
        # 'Armenian forces shelled its positions': 'its' is not the plural subject's own
        if verb in ancestors and not (singular and parse.tag[acts.root_of(doc, mention)] == "NNS"):
            return mention
    for mention, verb in before:  # 'When Clinton came to Mongolia, she praised it': the subject of a clause before it
        if verb not in own:
            return mention
    if before:  # its sentence's subject is bound out: 'Qatar's neighbours cut ties with Doha, accusing it of ...'
        bound = {mention.start for mention, _ in before}
        others = [m for m in candidates if sent_start <= m.start < offset and not _joined_to(acts, doc, m, bound)]
        if others:
            return others[-1]
    if parse.lower[pronoun] in PLURAL_PRONOUNS and _people_before(acts, parse, sent_start, pronoun, own):
        return None  # 'protesters blocked streets and police detained a hundred of them': those people, no state
    for start_char, end_char in reversed(bounds[max(k - 3, 0) : k]):
        inside = [m for m in candidates if start_char <= m.start < end_char]
        subjects = [m for m in inside if _is_subject(acts, doc, m)]
        if subjects or inside:
            return (subjects or inside)[-1]
    return None


def _titled(acts: DocActors, doc: Doc, mention: Mention) -> bool:
    """A state's group named by one person's title ('Brazil's president', 'the Kenyan foreign minister')."""
    root = acts.root_of(doc, mention)
    return mention.kind == "state" and doc[root].tag_ == "NN" and is_person_noun(load_kb(), doc[root])


def _latest_group(acts: DocActors, doc: Doc, candidates: list[Mention], start: int, end: int) -> Mention | None:
    """The first of the latest actors joined by 'and' (or a comma) between ``start`` and ``end``."""
    parse = token_table(doc)
    inside = [m for m in candidates if start <= m.start < end]
    roots = {acts.root_of(doc, m): m for m in inside}
    heads = [m for root, m in roots.items() if any(c in roots for c in parse.conjuncts(root) if c > root)]
    return heads[-1] if heads else None


def _people_before(acts: DocActors, parse: TokenTable, sent_start: int, pronoun: int, own: set[int]) -> bool:
    """Whether the pronoun's sentence, before it, has people no actor names as the subject of another clause
    ('protesters', 'hundreds of students'): a plural pronoun after them stands for them."""
    kb, i = load_kb(), pronoun - 1
    while i >= 0 and parse.idx[i] >= sent_start:
        if (parse.tag[i] == "NNS" and parse.dep[i] in SUBJECT_DEPS and parse.head[i] not in own and i not in acts.by_token
                and people_sector(kb, parse, i)):
            return True
        i -= 1
    return False


def _own_clause(parse: TokenTable, pronoun: int) -> set[int]:
    """The verbs whose subject an object pronoun cannot be ('Russia attacked it', 'Russia refused to recognise them'):
    the verb it is the object of (or of whose phrase: 'Obama cancelled a meeting with him'), and the verbs that verb
    completes. A possessive ('its troops') is free, but for the subject of the copula whose predicate it is in."""
    if parse.dep[pronoun] == "poss" and parse.dep[parse.head[pronoun]] == "attr":
        return {parse.head[parse.head[pronoun]]}  # 'Russia is its partner': the one said to be a partner is not its own
    if parse.dep[pronoun] not in OBJECT_DEPS:
        return set()
    head = parse.head
    verb = head[pronoun]
    while parse.pos[verb] not in ("VERB", "AUX") and head[verb] != verb:  # 'cancelled a meeting with him': past the phrase
        verb = head[verb]
    out = {verb}
    while _shares_subject(parse, verb) and head[verb] != verb:
        verb = head[verb]
        out.add(verb)
    return out


def _shares_subject(parse: TokenTable, verb: int) -> bool:
    """A complement or a subjectless participle clause acts with its head's subject ('refused to recognise them',
    'broke off ties, accusing it of ...')."""
    if parse.dep[verb] in ("xcomp", "aux"):
        return True
    return parse.dep[verb] == "advcl" and not any(parse.dep[c] in SUBJECT_DEPS for c in parse.children[verb])


def _joined_to(acts: DocActors, doc: Doc, mention: Mention, starts: set[int]) -> bool:
    """Whether a mention is, or is a conjunct of, one of the mentions starting at ``starts``."""
    parse = token_table(doc)
    token: int | None = acts.root_of(doc, mention)
    while token is not None:
        if parse.idx[token] in starts or any(parse.idx[t] in starts for t in parse.subtree(token) if t < token and parse.dep[t] == "compound"):
            return True
        token = parse.head[token] if parse.dep[token] == "conj" else None
    return False


def _acts_next(parse: TokenTable, obj: int) -> bool:
    """An object that is the doer of its verb's complement is an actor, not a thing ('urged it to withdraw',
    'accusing it of financing')."""
    return any(c > obj and (parse.dep[c] == "xcomp" or (parse.dep[c] == "prep" and parse.lower[c] in ("of", "for")
                                                        and any(parse.dep[g] == "pcomp" for g in parse.children[c])))
               for c in parse.children[parse.head[obj]])


def resolve_pronouns(acts: DocActors, doc: Doc, document: Document, interviewee: ActorRef | None) -> None:
    """Each pronoun to the actor it stands for (``antecedent``), the mentions kept in the order of the text."""
    parse = token_table(doc)

    def by_start(mention: Mention) -> int:
        return mention.start

    acts.mentions.sort(key=by_start)  # the names, groups and people were added stage by stage, not in text order
    for i in tokens_in(doc, ALL_PRONOUNS):
        word, dep = parse.lower[i], parse.dep[i]
        if i in acts.by_token or (word == "it" and (dep == "expl" or (dep == "dobj" and not _acts_next(parse, i)))):
            continue
        kinds = {"person"} if word in PERSON_PRONOUNS else {"state", "org"}
        speaking = interviewee is not None and in_segment(document, parse.idx[i], "answer")
        not_named = interviewee.name if speaking else None
        target = antecedent(acts, doc, i, kinds, not_named=not_named)
        if target is None and word in PERSON_PRONOUNS:  # 'Brazil's president met ... He criticised ...'
            target = antecedent(acts, doc, i, kinds, not_named=not_named, titled=True)
        if target is not None:
            actor = target.actor
            mention = acts.add(doc, i, i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), target.kind)
            acts.mentions.pop()  # added last: put where it starts, after those that start with it
            insort(acts.mentions, mention, key=by_start)


def resolve_relative_possessives(acts: DocActors, doc: Doc) -> None:
    """'China, whose foreign ministry received a delegation': 'whose' stands for the actor its relative clause
    describes, so the ministry is China's."""
    parse = token_table(doc)
    for i in tokens_in(doc, ("whose",)):
        clause = next((a for a in parse.ancestors(i) if parse.dep[a] == "relcl"), None)
        described = acts.by_token.get(parse.head[clause]) if clause is not None and i not in acts.by_token else None
        if described is not None:
            actor = described.actor
            acts.add(doc, i, i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), described.kind)


def find_interviewee(acts: DocActors, document: Document) -> ActorRef | None:
    """In an interview, the person named last before the first question who is not the writer or the outlet."""
    first = next((s.start for s in document.segments if s.kind in ("question", "answer")), None)
    if first is None:
        return None
    people = [m.actor for m in acts.mentions if m.kind == "person" and m.start < first and m.actor.sector != "JRN" and m.actor.name in acts.people]
    return people[-1] if people else None


def add_interview_speaker(acts: DocActors, doc: Doc, document: Document, speaker: ActorRef) -> None:
    """The answers are the interviewee's speech: 'I' and 'we' there are the interviewee."""
    offsets = token_table(doc).idx
    for i in tokens_in(doc, SPEAKER_PRONOUNS):
        if i not in acts.by_token and in_segment(document, offsets[i], "answer"):
            acts.add(doc, i, i + 1, ActorRef(speaker.code, speaker.sector, speaker.org, speaker.name), "person")
    acts.mentions.sort(key=lambda m: m.start)
