"""The tables of a dataset, each with its documented columns and the function giving its rows.

Tables are declared here as data; :mod:`~diplomod.interchange.tables` writes them.
A cell holds text, a whole number, a boolean, a calendar day or nothing; see
:class:`ColumnKind` for each kind's form in CSV, pandas and Parquet.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from attrs import frozen

from diplomod.interchange.table_cells import Row
from diplomod.interchange.table_reports import conflict_rows, evidence_rows, report_rows
from diplomod.interchange.table_rows import (
    agreement_rows,
    commitment_rows,
    event_rows,
    link_rows,
    participant_rows,
    person_rows,
    source_rows,
    statement_rows,
)
from diplomod.records.dataset import Dataset

__all__ = ["TABLES", "Column", "ColumnKind", "Table"]


class ColumnKind(enum.StrEnum):
    """What a column holds; each kind has one form in CSV, pandas and Parquet."""

    TEXT = "text"
    """Text: CSV as is, pandas ``string``, Parquet ``string``."""
    INTEGER = "integer"
    """A whole number: pandas ``Int64``, Parquet ``int64``."""
    BOOLEAN = "boolean"
    """``true`` or ``false`` in CSV, pandas ``boolean``, Parquet ``bool``."""
    DATE = "date"
    """A calendar day: ``YYYY-MM-DD`` in CSV, pandas ``datetime64[s]``, Parquet ``date32``."""


@frozen(kw_only=True)
class Column:
    """One column of a table: its name, kind and meaning."""

    name: str
    kind: ColumnKind
    doc: str


@frozen(kw_only=True)
class Table:
    """A table of a dataset: its name, what a row is, its columns and its rows."""

    name: str
    doc: str
    columns: tuple[Column, ...]
    rows: Callable[[Dataset], Iterator[Row]]


_Spec = tuple[
    str, str, tuple[tuple[str, "ColumnKind", str], ...], Callable[[Dataset], Iterator[Row]]
]

_T, _I, _B, _D = ColumnKind.TEXT, ColumnKind.INTEGER, ColumnKind.BOOLEAN, ColumnKind.DATE

_DATE_COLUMNS = (
    ("date", _T, "ISO 8601 at the precision known (2021, 2021-11, 2021-11-23) or EDTF interval"),
    ("date_precision", _T, "year, month or day"),
    ("date_start", _D, "first day the date may denote"),
    ("date_end", _D, "last day the date may denote (equal to date_start for a day)"),
)
_PLACE_COLUMNS = (
    ("venue", _T, "building or site"),
    ("city", _T, "city"),
    ("country", _T, "ISO 3166-1 alpha-3 code of the place"),
)
_MERGE_COLUMNS = (
    ("n_reports", _I, "how many document records were merged into this one"),
    ("sources", _T, "ids of the documents reporting it, sorted, ';'-joined"),
    ("conflicts", _T, "fields the reports disagree on, ';'-joined (see the conflicts table)"),
)

_RECORD_REF = (
    ("record_type", _T, "event, agreement, commitment, statement or person"),
    ("record_id", _T, "the merged record's id"),
)
_REPORT_REF = (
    *_RECORD_REF,
    ("report_id", _T, "the id of the record one document gave (for a person: that record)"),
    ("source_id", _T, "the document's id"),
)

_SPECS: tuple[_Spec, ...] = (
    (
        "sources",
        "one row per document",
        (
            ("source_id", _T, "the document's id"),
            ("published", _D, "publication date"),
            ("publisher", _T, "publisher"),
            ("url", _T, "address"),
            ("title", _T, "title"),
            ("sha256", _T, "SHA-256 of the text"),
        ),
        source_rows,
    ),
    (
        "events",
        "one row per merged event, of any type",
        (
            ("event_id", _T, "merged event id"),
            ("type", _T, "registry tag: meeting, call, visit, conference or a registered type"),
            *_DATE_COLUMNS,
            ("date_inferred", _B, "true when the text does not state the date"),
            ("time", _T, "local time HH:MM"),
            ("duration_minutes", _I, "duration in minutes"),
            ("duration_approximation", _T, "approximately, more_than or less_than"),
            *_PLACE_COLUMNS,
            ("countries", _T, "states and organizations taking part, ';'-joined"),
            ("n_participants", _I, "persons taking part (see the participants table)"),
            ("ordinal", _I, "3 for 'the third meeting'"),
            ("referenced", _B, "true for an earlier event the documents only refer to"),
            ("references", _T, "ids of earlier events this one refers to, ';'-joined"),
            *_MERGE_COLUMNS,
            ("extra", _T, "JSON object of the type's own non-null fields (a meeting's mode...)"),
        ),
        event_rows,
    ),
    (
        "participants",
        "one row per person taking part in an event",
        (
            ("event_id", _T, "merged event id"),
            ("position", _I, "0-based position among the event's participants"),
            ("person_id", _T, "merged person id (see the persons table)"),
            ("name", _T, "name as written at its fullest"),
            ("title", _T, "title as written"),
            ("represents", _T, "state or organization code"),
            ("role", _T, "host, guest, participant or chair"),
        ),
        participant_rows,
    ),
    (
        "persons",
        "one row per merged person",
        (
            ("person_id", _T, "merged person id"),
            ("name", _T, "name as written at its fullest"),
            ("given_name", _T, "given name"),
            ("family_name", _T, "family name"),
            ("honorific", _T, "Mr., Dr., H.E. ..."),
            ("represents", _T, "state or organization code"),
            ("offices", _T, "titles of the offices held, ';'-joined"),
            ("n_records", _I, "how many records the person appears in"),
            *_MERGE_COLUMNS,
        ),
        person_rows,
    ),
    (
        "agreements",
        "one row per merged agreement",
        (
            ("agreement_id", _T, "merged agreement id"),
            ("title", _T, "title as written"),
            ("kind", _T, "treaty, agreement, memorandum, joint_statement, declaration, other"),
            ("status", _T, "planned, negotiating, signed, in_force or referenced"),
            ("parties", _T, "party codes, ';'-joined"),
            *_DATE_COLUMNS,
            *_PLACE_COLUMNS,
            ("topics", _T, "topic tags, ';'-joined"),
            ("signatories", _T, "names of the signatories, ';'-joined"),
            ("relations", _T, "kind:target of relations to other agreements, ';'-joined"),
            ("event_id", _T, "merged id of the event it was signed at"),
            *_MERGE_COLUMNS,
        ),
        agreement_rows,
    ),
    (
        "commitments",
        "one row per merged commitment",
        (
            ("commitment_id", _T, "merged commitment id"),
            ("modality", _T, "agree, decide, reaffirm, share_view, intend or pledge"),
            ("actors", _T, "codes of the actors committing, ';'-joined"),
            ("content", _T, "the complement of the verb, as written"),
            ("negated", _B, "true for 'did not agree to'"),
            ("topics", _T, "topic tags, ';'-joined"),
            ("speakers", _T, "names of the persons speaking, ';'-joined"),
            ("event_id", _T, "merged id of the event it was made at"),
            ("agreement_id", _T, "merged id of the agreement it belongs to"),
            *_MERGE_COLUMNS,
        ),
        commitment_rows,
    ),
    (
        "statements",
        "one row per merged statement",
        (
            ("statement_id", _T, "merged statement id"),
            ("kind", _T, "condemn, concern, oppose, welcome, support, appreciate, request..."),
            ("actors", _T, "codes of the speakers' states or organizations, ';'-joined"),
            ("target", _T, "code of the state or organization it is aimed at"),
            ("content", _T, "the statement from its verb, as written"),
            ("negated", _B, "true for a negated statement"),
            ("speakers", _T, "names of the persons speaking, ';'-joined"),
            ("event_id", _T, "merged id of the event it was made at"),
            *_MERGE_COLUMNS,
        ),
        statement_rows,
    ),
    (
        "reports",
        "one row per document record merged into a dataset record",
        _REPORT_REF,
        report_rows,
    ),
    (
        "evidence",
        "one row per evidence span of every report",
        (
            *_REPORT_REF,
            ("field", _T, "the field the span supports ('record' for the whole record)"),
            ("start", _I, "first character offset into the document's text"),
            ("end", _I, "offset just past the span"),
            ("text", _T, "the quoted text"),
        ),
        evidence_rows,
    ),
    (
        "conflicts",
        "one row per value that reports give for a field they disagree on",
        (
            *_RECORD_REF,
            ("field", _T, "the field"),
            ("value", _T, "one value, as JSON text"),
            ("sources", _T, "ids of the documents giving this value, ';'-joined"),
        ),
        conflict_rows,
    ),
    (
        "links",
        "one row per link between dataset records",
        (
            ("kind", _T, "reference, follow_through or signed_at"),
            ("from_id", _T, "id of the linking record"),
            ("to_id", _T, "id of the linked record"),
            ("rule", _T, "the rule that made the link"),
            ("sources", _T, "ids of the documents behind it, ';'-joined"),
        ),
        link_rows,
    ),
)

#: Every table, by name, in a stable order.
TABLES: Mapping[str, Table] = MappingProxyType(
    {
        name: Table(
            name=name,
            doc=doc,
            columns=tuple(Column(name=c, kind=k, doc=d) for c, k, d in columns),
            rows=rows,
        )
        for name, doc, columns, rows in _SPECS
    }
)
