"""One instance of every kind of operation, applicable to ``factories.populated()``."""

import datetime as dt

from factories import T0, action, group, note

from facilitator.model import Artefact, ModuleInstance, Participant
from facilitator.model.operations import (
                                          AddAction,
                                          AddGroup,
                                          AddModule,
                                          AddNote,
                                          AddParticipant,
                                          Batch,
                                          DeleteGroup,
                                          DeleteNote,
                                          EditNote,
                                          MoveModule,
                                          MoveNote,
                                          MoveParticipant,
                                          PutArtefact,
                                          RemoveAction,
                                          RemoveModule,
                                          RemoveParticipant,
                                          RenameGroup,
                                          SetNoteDepartment,
                                          SetNoteGroup,
                                          SetNoteSpeaker,
                                          UpdateAction,
                                          UpdateMeta,
                                          UpdateModule,
                                          UpdateParticipant,
                                          VoteNote,
)

T1 = T0 + dt.timedelta(minutes=5)

CASES = {
    "add note": AddNote(note=note(99, module="m1")),
    "delete note": DeleteNote(note_id="n3"),
    "edit note": EditNote(note_id="n1", text="Nieuwe tekst: R&D <b>", at=T1),
    "move note": MoveNote(note_id="n1", x=410.5, y=-20),
    "department": SetNoteDepartment(note_id="n1", department="joint"),
    "speaker": SetNoteSpeaker(note_id="n2", speaker_id="p2"),
    "unspeaker": SetNoteSpeaker(note_id="n1", speaker_id=None),
    "group": SetNoteGroup(note_id="n1", group_id="g0"),
    "vote": VoteNote(note_id="n1", department="marketing", delta=3),
    "add group": AddGroup(group=group(5, module="m1")),
    "rename group": RenameGroup(group_id="g0", name="Leads"),
    "dissolve group": DeleteGroup(group_id="g0"),
    "add participant": AddParticipant(participant=Participant(id="p9", name="Zoë", department="sales"), index=1),
    "edit participant": UpdateParticipant(participant_id="p1", changes={"role": "Sales director", "signs": True}),
    "move participant": MoveParticipant(participant_id="p2", index=0),
    "remove participant": RemoveParticipant(participant_id="p0"),
    "remove owner": RemoveParticipant(participant_id="p1"),
    "add module": AddModule(module=ModuleInstance(id="m9", kind="goal_tree", title="Goals", timebox_seconds=60), index=0),
    "edit module": UpdateModule(module_id="m0", changes={"timebox_seconds": 1200, "state": "running"}),
    "move module": MoveModule(module_id="m1", index=0),
    "remove module": RemoveModule(module_id="m0"),
    "remove module with result": Batch(ops=[PutArtefact(artefact=Artefact(module_id="m1", kind="goal_tree", data={"a": 1})),
                                            RemoveModule(module_id="m1")]),
    "add action": AddAction(action=action(7, owner_id="p2"), index=0),
    "edit action": UpdateAction(action_id="a0", changes={"status": "done", "due": dt.date(2027, 1, 1)}),
    "remove action": RemoveAction(action_id="a0"),
    "meta": UpdateMeta(changes={"title": "Nieuwe titel", "language": "en"}),
    "put artefact": PutArtefact(artefact=Artefact(module_id="m0", kind="goal_tree", data={"goals": []})),
    "batch": Batch(ops=[MoveNote(note_id="n1", x=1, y=2), VoteNote(note_id="n1", department="sales", delta=1)]),
}
