"""Many documents' extractions into one merged, linked dataset."""

from diplomod.dataset.merge import build_dataset, extractions_of, merge_datasets

__all__ = ["build_dataset", "extractions_of", "merge_datasets"]
