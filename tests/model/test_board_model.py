"""Capture parsing, board layout and grouping, without Qt."""

import datetime as dt

import pytest
from factories import T0, group, note, populated

from facilitator.model import NoteGroup, Participant
from facilitator.model.board_geometry import problems
from facilitator.model.board_layout import by_votes, gather, next_free_spot
from facilitator.model.capture import find_speakers, parse
from facilitator.model.operations import GroupNotes, SetNoteGroup, VoteNote

PEOPLE = [
    Participant(id="zoe", name="Zoë de Bruijn", department="marketing"),
    Participant(id="pieter", name="Pieter Mulder", department="sales"),
    Participant(id="pien", name="Pien Verbruggen-Çelik", department="other"),
    Participant(id="hans", name="Hans van den Berg", department="other"),
]


@pytest.mark.parametrize("line,text,department,speaker", [
    ("Leads worden niet opgevolgd", "Leads worden niet opgevolgd", None, None),
    ("s: bel binnen een uur", "bel binnen een uur", "sales", None),
    ("M: brochures", "brochures", "marketing", None),
    ("j: samen de klant bezoeken", "samen de klant bezoeken", "joint", None),
    ("@zoe brochures ligt in de kast", "brochures ligt in de kast", "marketing", "zoe"),
    ("@piet leads", "leads", "sales", "pieter"),
    ("j: @piet samen", "samen", "joint", "pieter"),
    ("@han m: budget", "budget", "marketing", "hans"),
    ("@celik ok", "ok", None, "pien"),
    ("@HvdB ok", "ok", None, "hans"),
    ("url: http://x.nl", "url: http://x.nl", None, None),
    ("e-mail me@home", "e-mail me@home", None, None),
    ("leads bellen @piet", "leads bellen", "sales", "pieter"),
    ("s: brochure @zoe", "brochure", "sales", "zoe"),
])
def test_capture_parsing(line, text, department, speaker):
    got = parse(line, PEOPLE)
    assert (got.text, got.department, got.speaker_id) == (text, department, speaker)


def test_an_ambiguous_or_unknown_speaker_is_reported_not_guessed():
    got = parse("@pi leads", PEOPLE)  # Pieter and Pien
    assert got.speaker_id is None and got.unknown_speaker == "pi" and got.text == "leads"
    assert parse("@nobody x", PEOPLE).unknown_speaker == "nobody"


def test_speaker_search_ignores_case_and_accents():
    assert [p.id for p in find_speakers("zo", PEOPLE)] == ["zoe"]
    assert [p.id for p in find_speakers("ÇEL", PEOPLE)] == ["pien"]


def test_new_notes_fill_the_first_free_cell():
    s = populated(notes=0)
    assert next_free_spot(s, "m0") == (0.0, 0.0)
    s.notes["n1"] = note(1, x=0.0, y=0.0)
    s.notes["n2"] = note(2, x=260.0, y=0.0)
    assert next_free_spot(s, "m0") == (520.0, 0.0)
    del s.notes["n1"]
    assert next_free_spot(s, "m0") == (0.0, 0.0), "a deleted note's place is reused"


def test_a_new_note_keeps_clear_of_notes_off_the_grid_and_of_cluster_frames():
    s = populated(notes=0)
    s.notes["n1"] = note(1, x=130.0, y=0.0)  # between the first two cells: both taken
    assert next_free_spot(s, "m0") == (520.0, 0.0)
    s.groups["g0"] = group(0)
    s.notes["n2"] = note(2, x=600.0, y=40.0, group_id="g0")  # its frame reaches up and to the sides
    assert next_free_spot(s, "m0") == (1040.0, 0.0), "cells 2 and 3 touch its frame"


def test_sort_by_votes_puts_the_most_dotted_first_and_is_undoable():
    s = populated(notes=4)
    VoteNote(note_id="n3", department="sales", delta=5).apply(s)
    VoteNote(note_id="n2", department="marketing", delta=2).apply(s)
    before = s.model_copy(deep=True)
    applied = by_votes(s, "m0").apply(s)
    place = {i: (s.notes[i].y, s.notes[i].x) for i in s.notes}
    # The cluster (n0, n3: five dots) comes first, most dotted note inside it first; then the loose notes.
    assert place["n3"] < place["n0"] and place["n2"] < place["n1"]
    assert s.notes["n0"].x < s.notes["n2"].x and problems(s, "m0") == []
    applied.inverse.apply(s)
    assert s == before


def test_sort_by_votes_without_clusters_ranks_a_plain_grid():
    s = populated(notes=4)
    SetNoteGroup(note_id="n0", group_id=None).apply(s)
    SetNoteGroup(note_id="n3", group_id=None).apply(s)
    VoteNote(note_id="n3", department="sales", delta=5).apply(s)
    VoteNote(note_id="n2", department="marketing", delta=2).apply(s)
    by_votes(s, "m0").apply(s)
    assert [(s.notes[i].x, s.notes[i].y) for i in ("n3", "n2", "n0")] == [(0.0, 0.0), (260.0, 0.0), (520.0, 0.0)]


def test_grouping_merges_clusters_and_dissolves_the_emptied_ones():
    s = populated(notes=6)  # n0 and n3 are in g0
    group = NoteGroup(id="g9", module_id="m0", name="Leads")
    before = s.model_copy(deep=True)
    applied = GroupNotes(group=group, note_ids=["n1", "n0"]).apply(s)
    assert {n.id for n in s.notes.values() if n.group_id == "g9"} == {"n0", "n1", "n3"}
    assert "g0" not in s.groups and s.groups["g9"].name == "Leads"
    applied.inverse.apply(s)
    assert s == before


def test_grouping_into_an_existing_cluster_and_across_boards():
    s = populated(notes=6)
    GroupNotes(group=s.groups["g0"], note_ids=["n2"]).apply(s)
    assert s.notes["n2"].group_id == "g0"
    s.notes["nx"] = note("x", module="m1")
    from facilitator.errors import OperationError
    with pytest.raises(OperationError, match="same board"):
        GroupNotes(group=s.groups["g0"], note_ids=["nx"]).apply(s)


def test_gather_places_members_in_a_block():
    notes = [note(i, created_at=T0 + dt.timedelta(seconds=i)) for i in range(4)]
    moves = gather(notes, (1000.0, 0.0), columns=2).ops
    assert [(m.x, m.y) for m in moves] == [(1000.0, 0.0), (1260.0, 0.0), (1000.0, 170.0), (1260.0, 170.0)]
