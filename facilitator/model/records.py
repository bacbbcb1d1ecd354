"""The records a session is made of. Each is an immutable value; operations replace them."""

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import Field, model_validator

from .base import Model
from .results import checked_result
from .types import (
    Bool,
    ClockTime,
    Day,
    Department,
    EmailAddress,
    Float,
    Id,
    Int,
    Language,
    Name,
    NoteDepartment,
    Text,
    Timestamp,
    TimeZoneName,
    laptop_zone,
)


class SessionMeta(Model):
    title: Name = Field(description="Workshop title shown on the console, beamer and agreement")
    company: Name = Field(default="", description="The client company")
    date: Day = Field(description="Day of the workshop")
    place: Name = Field(default="", description="Where the workshop is held")
    language: Language = Field(default=Language.NL, description="Language of the workshop texts")
    facilitator: Name = Field(default="", description="Name of the facilitator")
    start_time: ClockTime | None = Field(
        default=None, description="Planned start (local time of day); the agenda's times count from it"
    )
    created_with: str = Field(
        default="", max_length=40, description="The Facilitator version that made this session file"
    )
    # Stored, not looked up at export: the review invitation must say the same on every laptop.
    time_zone: TimeZoneName = Field(
        default_factory=laptop_zone,
        description="IANA time zone of the session and its review meetings (default: the laptop's)",
    )


class Participant(Model):
    id: Id = Field(description="Stable identifier")
    name: Name = Field(min_length=1, description="Name as printed on the agreement")
    department: Department = Field(description="marketing, sales or other (management, guests)")
    role: Name = Field(default="", description="Job title or role in the session")
    signs: Bool = Field(default=False, description="Whether this person signs the agreement")
    email: EmailAddress | None = Field(
        default=None, description="E-mail address, if known: the review invitation invites them"
    )


class ModuleState(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    SKIPPED = "skipped"


class ModuleInstance(Model):
    """One module as it runs in this session's agenda."""

    id: Id = Field(description="Stable identifier")
    kind: str = Field(
        pattern=r"^[a-z][a-z0-9_]*$", max_length=64,
        description="Module kind, defined by a workshop package (e.g. goal_tree)",
    )
    title: Name = Field(min_length=1, description="Title on the agenda and the beamer")
    prompt: Text = Field(default="", description="The question shown to the room")
    script: Text = Field(default="", description="What the facilitator says and asks; console only")
    timebox_seconds: Int = Field(gt=0, le=24 * 3600, description="Planned duration")
    state: ModuleState = Field(default=ModuleState.PLANNED, description="Where the module stands")
    spent_seconds: Float = Field(
        default=0.0, ge=0, description="Time run so far, not counting a stretch still running"
    )
    running_since: Timestamp | None = Field(
        default=None, description="Wall-clock start of the stretch now running (UTC), if any"
    )
    hidden: Bool = Field(
        default=False, description="Silent writing: the beamer shows only counts until revealed"
    )
    dots_per_person: Int = Field(default=3, ge=0, le=50, description="Dot-voting budget per participant")


class Votes(Model):
    """Dots the room gave a note, counted per participant department."""

    marketing: Int = Field(default=0, ge=0, description="Dots from marketing")
    sales: Int = Field(default=0, ge=0, description="Dots from sales")
    other: Int = Field(default=0, ge=0, description="Dots from everyone else")

    @property
    def total(self) -> int:
        return self.marketing + self.sales + self.other


class Note(Model):
    id: Id = Field(description="Stable identifier")
    module_id: Id = Field(description="The agenda module whose board holds the note")
    text: Text = Field(description="What was said, as typed")
    department: NoteDepartment = Field(description="marketing, sales or joint")
    speaker_id: Id | None = Field(default=None, description="Participant who said it, if known")
    x: Float = Field(default=0.0, description="Board position, scene units")
    y: Float = Field(default=0.0, description="Board position, scene units")
    group_id: Id | None = Field(default=None, description="Cluster the note belongs to, if any")
    votes: Votes = Field(default_factory=Votes, description="Dots per department")
    created_at: Timestamp = Field(description="When the note was typed (UTC)")
    edited_at: Timestamp | None = Field(default=None, description="Last text edit (UTC)")


class NoteGroup(Model):
    """A named cluster of notes on one module's board."""

    id: Id = Field(description="Stable identifier")
    module_id: Id = Field(description="The module whose board holds the cluster")
    name: Name = Field(description="Cluster label")


class ActionStatus(StrEnum):
    OPEN = "open"
    DOING = "doing"
    DONE = "done"


class ActionItem(Model):
    id: Id = Field(description="Stable identifier")
    what: Text = Field(min_length=1, description="What will be done")
    owner_id: Id | None = Field(default=None, description="Participant who owns it, if one does")
    owner: Name = Field(default="", description="Owner as free text when not a participant")
    due: Day | None = Field(default=None, description="Due date")
    status: ActionStatus = Field(default=ActionStatus.OPEN, description="Progress")
    module_id: Id | None = Field(default=None, description="Module the action came from, if any")


class Artefact(Model):
    """A module's structured result (goal tree, journey map, SLA, scan).

    The engine stores and versions it; the workshop package that owns ``kind`` defines and
    validates ``data``.
    """

    module_id: Id = Field(description="The module this artefact belongs to")
    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64, description="Artefact kind")
    data: dict[str, Any] = Field(default_factory=dict, description="Owned by the workshop package")

    @model_validator(mode="after")
    def _data_fits_its_kind(self) -> "Artefact":
        checked_result(self.kind, self.data)
        return self


class RoomState(Model):
    """Where the session stands in the room: what the beamer shows now."""

    current_module_id: Id | None = Field(default=None, description="The module being worked on")
    started_at: Timestamp | None = Field(default=None, description="When the first module began (UTC)")


class Signature(Model):
    """One signature under the agreement, as drawn (or typed where drawing is impossible)."""

    participant_id: Id = Field(description="Who signed")
    name: Name = Field(description="Name as printed under the signature, copied when signing")
    role: Name = Field(default="", description="Role as printed, copied when signing")
    signed_at: Timestamp = Field(description="When (UTC)")
    strokes: list[list[tuple[Float, Float]]] = Field(
        default_factory=list, description="Pen strokes, points scaled to 0..1 in the signing box"
    )
    typed: Bool = Field(default=False, description="True: the name was typed instead of drawn")


class AgreementEvent(Model):
    at: Timestamp = Field(description="When (UTC)")
    kind: str = Field(pattern=r"^(signed|reopened)$", description="What happened")
    detail: Name = Field(default="", description="Who signed, or how many signatures a reopen voided")


class ReviewPlan(Model):
    cadence: str = Field(default="quarterly", pattern=r"^(monthly|quarterly|half_yearly)$",
                         description="How often both sides review the agreement")
    first_review: Day | None = Field(default=None, description="Date of the first review meeting")
    time: ClockTime = Field(default=dt.time(9, 30), description="Start time of the review meeting")
    duration_minutes: Int = Field(default=60, ge=15, le=480, description="Length of the review meeting")
    place: Name = Field(default="", description="Where the review takes place")


class Agreement(Model):
    excluded: list[str] = Field(default_factory=list, description="Keys of items left out ('action:<id>')")
    review: ReviewPlan = Field(default_factory=ReviewPlan, description="The review plan")
    signatures: list[Signature] = Field(default_factory=list, description="In the order they were given")
    frozen_fingerprint: str | None = Field(
        default=None, description="Fingerprint of the content when the first signature was given"
    )
    history: list[AgreementEvent] = Field(default_factory=list, description="Signings and reopenings")
    sealed_with: str = Field(default="", pattern=r"^([0-9a-f]{64})?$",
                             description="SHA-256 of the facilitator's certificate, pinned by the first signature")
