"""Many corpora into one dataset file: on all local cores (``diplomod build``) or on Dask.

:func:`build_corpus` parses on local processes with a resumable checkpoint;
:mod:`diplomod.bulk.distributed` runs the same build on a Dask cluster.
"""

from diplomod.bulk.driver import BuildSummary, build_corpus, format_build_summary
from diplomod.bulk.inputs import Failure

__all__ = ["BuildSummary", "Failure", "build_corpus", "format_build_summary"]
