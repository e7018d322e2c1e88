"""The pipeline over batches on every core, or on a Dask cluster; results come back in input order.

One writer stays in the calling process: workers parse and code, and return records. A batch
whose worker dies becomes failure rows, so nothing already read is silently lost. At most a
few batches are in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager

from .errors import Errors
from .model import Extraction, Failure
from .pipeline import PreparedBatch, parse_and_code, prepare_batch
from .settings import DEFAULTS, Settings

Batch = list  # of Article | Failure
# Batches in flight per worker: one being processed, one waiting, so no worker idles while the writer stores.
IN_FLIGHT_PER_WORKER = 2


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Where a worker announces each parsed article: its pool's queue, or a Dask topic of the run the client follows.
PROGRESS_TOPIC = "multivector-parsed"
_parsed_queue = None  # set in each pool worker that reports progress
ANNOUNCEMENT_WAIT_SECONDS = 3
RELAY_POLL_SECONDS = 0.05


def process_batch(items: Batch | PreparedBatch, settings: Settings | None = None,
                  on_parsed: Callable[[], None] | None = None) -> list[Extraction | Failure]:
    """The pipeline on one batch, or on one its caller has prepared, in the calling process (what every engine runs)."""
    if on_parsed is None and _parsed_queue is not None:
        on_parsed = lambda: _parsed_queue.put(1)  # noqa: E731
    prepared = items if isinstance(items, PreparedBatch) else prepare_batch(items, settings, on_parsed)
    return parse_and_code(prepared, settings=settings, on_parsed=on_parsed)


def _announce_to_dask(topic: str) -> None:
    from distributed import get_worker

    get_worker().log_event(topic, 1)


def _start_pool_worker(model: str | None, parsed_queue) -> None:
    global _parsed_queue
    _parsed_queue = parsed_queue
    warm_up(model)


def warm_up(model: str | None = None) -> None:
    """Load the model, the knowledge base, the gazetteer, the classifier, the phrase matchers of names and of
    dated events, dateparser's time-zone patterns and the language identifier, before the first batch arrives.

    What is loaded lives as long as the process: ``gc.freeze`` keeps the collector from walking its few hundred
    thousand objects again at every collection (measured: 0.15-0.30 s of each extract pass of 150 articles)."""
    import gc

    from .actors import resolve
    from .actors.kb import cities, load_kb
    from .document import language
    from .document.dating import expressions
    from .document.dating.known_events import event_matcher
    from .events.classifier import load_classifier
    from .nlp import load_nlp

    nlp = load_nlp(model)
    load_kb(), cities(), load_classifier(), resolve.warm_up(nlp.vocab), event_matcher(), expressions.warm_up()
    language.warm_up()
    gc.collect()
    gc.freeze()


@contextmanager
def engine(workers: int | None = None, dask: str | None = None, settings: Settings | None = None,
           on_parsed: Callable[[], None] | None = None) -> Iterator[Callable[[Iterable[Batch]], Iterator[list]]]:
    """A function mapping batches to their results, in order: in ``workers`` processes, on Dask, or here (None).

    ``dask`` is a scheduler address, or ``local`` for a ``LocalCluster`` of ``workers`` processes on 127.0.0.1;
    every worker gets ``settings``. Even one worker is a process of its own, so that the caller's storing runs
    beside its parsing (in a thread, storing would wait on the GIL spaCy holds while it parses). ``on_parsed`` is
    called here, in this process, once per article a worker has parsed, while its batch is still being coded."""
    model = settings.model if settings and settings.model != DEFAULTS["model"] else None  # load_nlp() caches the default
    on_parsed = _forgiving(on_parsed)
    if dask:
        with _dask_client(dask, workers or 1) as client:
            client.run(warm_up, model)
            window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
            with _followed(client, on_parsed) as (announce, sent):
                def submit(batch: Batch):
                    sent[0] += len(batch)
                    return client.submit(process_batch, batch, settings, announce, pure=False)
                yield lambda batches: _ordered(submit, batches, window)
    elif workers:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: a fresh interpreter per worker, never a fork of a process holding threads or open files
        context = multiprocessing.get_context("spawn")
        parsed_queue = context.SimpleQueue() if on_parsed else None
        with _relayed(parsed_queue, on_parsed), ProcessPoolExecutor(
                workers, mp_context=context, initializer=_start_pool_worker, initargs=(model, parsed_queue)) as pool:
            # the batch is prepared here, beside the worker parsing the one before: a pool's workers share this machine,
            # whose caller has a core to spare while they parse (a cluster's workers prepare their own: one client
            # serves them all)
            yield lambda batches: _ordered(lambda b: pool.submit(process_batch, prepare_batch(b, settings, on_parsed), settings),
                                           batches, IN_FLIGHT_PER_WORKER * workers)
    else:
        yield lambda batches: (process_batch(b, settings, on_parsed) for b in batches)


def _forgiving(on_parsed: Callable[[], None] | None) -> Callable[[], None] | None:
    """The progress callback, on every engine, as one that never raises: progress is the caller's display, and its
    failure must not stop the run (nor leave a pool's queue undrained); after a failure it is not called again."""
    if on_parsed is None:
        return None
    listening = [True]

    def call() -> None:
        if listening[0]:
            try:
                on_parsed()
            except Exception:
                listening[0] = False
    return call


@contextmanager
def _followed(client, on_parsed: Callable[[], None] | None):
    """Call ``on_parsed`` here for each article a Dask worker announces; yield the function workers announce with
    and a one-item list to count the articles submitted. Announcements travel apart from results, so at the end
    the last ones are awaited (a few seconds at most) before the topic is left."""
    sent = [0]
    if on_parsed is None:
        yield None, sent
        return
    import time
    import uuid
    from functools import partial

    heard, topic = [0], f"{PROGRESS_TOPIC}-{uuid.uuid4().hex}"  # one topic a run: two runs on one scheduler stay apart

    def hear(_event) -> None:
        heard[0] += 1
        on_parsed()
    client.subscribe_topic(topic, hear)
    try:
        yield partial(_announce_to_dask, topic), sent
    finally:
        deadline = time.monotonic() + ANNOUNCEMENT_WAIT_SECONDS
        while heard[0] < sent[0] and time.monotonic() < deadline:
            time.sleep(RELAY_POLL_SECONDS)
        client.unsubscribe_topic(topic)


@contextmanager
def _relayed(parsed_queue, on_parsed: Callable[[], None] | None):
    """Call ``on_parsed`` here for each announcement the pool's workers put on ``parsed_queue``.

    The queue is always drained, so a worker never blocks on a full pipe (``engine`` makes the callback one that
    never raises), and the relay stops once the pool has shut down and nothing is left to read (no sentinel)."""
    if parsed_queue is None:
        yield
        return
    import threading

    stop = threading.Event()

    def relay() -> None:
        while not (stop.is_set() and parsed_queue.empty()):
            if parsed_queue.empty():
                stop.wait(RELAY_POLL_SECONDS)
                continue
            parsed_queue.get()
            on_parsed()
    relayer = threading.Thread(target=relay, daemon=True)
    relayer.start()
    try:
        yield
    finally:
        stop.set()
        relayer.join(ANNOUNCEMENT_WAIT_SECONDS)


# How a local cluster's workers differ from Dask's defaults. Dask starts them with MALLOC_TRIM_THRESHOLD_ set, which also
# fixes glibc's mmap threshold: every array the parser frees goes back to the kernel and is faulted in again (measured:
# 3.7 s of system time per worker on 400 articles, a tenth of its work); ours keep glibc's defaults, as pool workers do.
# No dashboard reads the statistical profile a worker samples its task thread for, 100 times a second; and its event
# loop, woken 50 times a second to time itself, takes the GIL from the task as often (measured together: the CPU of a
# worker's other threads while it codes 200 articles 1.2-1.7 s -> 0.4-0.5 s).
LOCAL_WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                       "distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s"}


@contextmanager
def _dask_client(address: str, workers: int):
    import dask
    from distributed import Client, LocalCluster

    if address == "local":
        with dask.config.set(LOCAL_WORKER_CONFIG), LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client


def _ordered(submit: Callable, batches: Iterable[Batch], window: int) -> Iterator[list]:
    """Submit ahead up to ``window`` batches; yield their results in input order."""
    pending: deque = deque()
    for batch in batches:
        try:
            future = submit(batch)
        except Exception as err:  # the engine is gone (a pool whose worker died): its batches fail, the run goes on
            future = Future()
            future.set_exception(err)
        pending.append((batch, future))
        if len(pending) >= window:
            yield _result(*pending.popleft())
    while pending:
        yield _result(*pending.popleft())


def _result(batch: Batch, future) -> list[Extraction | Failure]:
    try:
        return future.result()
    except Exception as err:  # the worker died or could not run: every article of its batch says so
        reason = Errors.E019.format(detail=type(err).__name__)
        return [item if isinstance(item, Failure) else Failure(item.path, reason, item.doc_id) for item in batch]
