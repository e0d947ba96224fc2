"""Many documents' extractions into one merged, linked dataset."""

from diplomod.dataset.merge import add_extractions, build_dataset, extractions_of, merge_datasets

__all__ = ["add_extractions", "build_dataset", "extractions_of", "merge_datasets"]
