"""The command line: the one place that wires the engine and the workshops together.

Every failure ends as one plain line on stderr and a non-zero exit code, never a traceback.
Exit codes: 0 fine, 1 a check found a difference, 2 a user-facing error, 3 an internal error.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import FacilitatorError
from .printable import shown

EXIT_OK, EXIT_ERROR, EXIT_BUG = 0, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line instead of usage + error
        raise FacilitatorError(f"{message} (see 'facilitator --help')")


class _ShowVersion(argparse.Action):
    """--version, looked up only when asked: reading package metadata costs every other command ~0.1 s."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from .version import app_version

        print(f"facilitator {app_version()}")
        parser.exit()


def _cmd_demo(args: argparse.Namespace) -> int:
    from workshops.demo import build_demo

    from .export.identities import pinned_if_signed
    from .store import SessionFile

    check_output(Path(args.path), args.force)
    session = pinned_if_signed(build_demo(args.lang, notes=args.notes))
    with SessionFile.create(args.path, session, overwrite=args.force) as file:
        print(f"Wrote {shown(file.path)} ({len(file.session.participants)} participants, "
              f"{len(file.session.agenda)} modules, {len(file.session.notes)} notes).")
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from workshops.new_session import new_session

    from .store import SessionFile

    check_output(Path(args.path), args.force)
    try:
        session = new_session(args.lang, title=args.title, company=args.company, facilitator=args.facilitator,
                              time_zone=args.time_zone)
    except ValidationError as exc:
        raise FacilitatorError(_option_problem(exc)) from None
    with SessionFile.create(args.path, session, overwrite=args.force) as file:
        print(f"Wrote {shown(file.path)} ({len(session.agenda)} modules, no participants yet).")
    return EXIT_OK


def _read(path: str):
    """Open a session read-only; what reading it had to leave out is said in one line on stderr."""
    from .store import SessionFile

    file = SessionFile.open(path, readonly=True)
    if file.notice:
        print(file.notice, file=sys.stderr)
    return file


def _cmd_check(args: argparse.Namespace) -> int:

    with _read(args.path) as file:
        s = file.session
        print(shown(f"{file.path.name}: OK. \"{s.meta.title}\" ({s.meta.company or 'no company'}, {s.meta.date}, "
              f"{s.meta.language.value}): {len(s.participants)} participants, {len(s.agenda)} modules, "
              f"{len(s.notes)} notes, {len(s.actions)} actions."))
    return EXIT_OK


def _cmd_export_json(args: argparse.Namespace) -> int:
    from .store.json_io import to_json

    if args.output not in (None, "-"):
        check_output(Path(args.output), args.force, inputs=[Path(args.path)])
    with _read(args.path) as file:
        text = to_json(file.session)
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        _write_text(Path(args.output), text, args.force)
    return EXIT_OK


def _cmd_import_json(args: argparse.Namespace) -> int:
    from .store import SessionFile
    from .store.json_io import from_json

    source = Path(args.file)
    check_output(Path(args.output), args.force, inputs=[] if args.file == "-" else [source])
    if args.file != "-":
        require_regular_file(source, "a JSON file (use - to read from standard input)")
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else source.read_bytes()
    except OSError as exc:
        raise FacilitatorError(f"Cannot read {shown(args.file)}: {exc.strerror or exc}.") from None
    session = from_json(data, source=source.name if args.file != "-" else "standard input")
    with SessionFile.create(args.output, session, overwrite=args.force) as file:
        print(f"Wrote {shown(file.path)} ({len(session.notes)} notes).")
    return EXIT_OK


def _sections():
    from workshops.sections import alignment_sections

    return alignment_sections()


def _cmd_pdf(args: argparse.Namespace) -> int:
    from .export.agreement_files import file_stem, make_pdf, write_atomically
    from .export.ics import review_invitation

    if args.output:  # before the session is even opened
        check_output(Path(args.output), args.force, inputs=[Path(args.path)])
    with _read(args.path) as file:
        session = file.session
    output = Path(args.output) if args.output else Path(args.path).with_name(file_stem(session) + ".pdf")
    invitation = review_invitation(session)
    ics = output.with_suffix(".ics") if invitation is not None else None
    for target in (output, ics):  # both are checked before either is written
        if target is not None:
            check_output(target, args.force, inputs=[Path(args.path)])
    if args.new_identity:
        from .export.identity import make_new_identity
        from .export.signing import identity_folder

        name = session.meta.facilitator
        print(make_new_identity(name, identity_folder(name)))
    write_atomically(output, make_pdf(session, _sections(), sign=not args.no_sign))
    print(f"Wrote {shown(output)}")
    if ics is not None:
        write_atomically(ics, invitation.encode("utf-8"))
        print(f"Wrote {shown(ics)}")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from .export import signing
    from .export.verification import describe, verify

    require_regular_file(Path(args.pdf), "a PDF file")
    try:
        pdf = Path(args.pdf).read_bytes()
    except OSError as exc:
        raise FacilitatorError(f"Cannot read {shown(args.pdf)}: {exc.strerror or exc}.") from None
    if args.session is None:
        verdict = describe(pdf)
    else:
        with _read(args.session) as file:
            session = file.session
        own = signing.existing_credentials(session.meta.facilitator)  # never made here: verify only reads
        verdict = verify(pdf, session, _sections(), signing.holder(own).certificate if own else "")
    for line in verdict.lines:
        print(line)
    return EXIT_OK if verdict.matches else 1


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from .store.json_io import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _cmd_open(args: argparse.Namespace) -> int:
    from .qt.display import display_problem

    problem = display_problem()  # before importing the windows: a terminal without a screen is common
    if problem:
        raise FacilitatorError(f"cannot open the app: {problem}. Try 'facilitator --help' for the commands.")
    from workshops.catalogue import alignment_catalogue

    from .qt.app import run as run_app  # Qt is imported only when a window is wanted

    return run_app(args.path, alignment_catalogue())


def check_output(path: Path, force: bool, inputs=()) -> None:
    from .store.file_checks import check_output as check

    check(path, force, inputs)


def require_regular_file(path: Path, what: str) -> None:
    from .store.file_checks import require_regular_file as require

    require(path, what)


def _write_text(path: Path, text: str, force: bool) -> None:
    from .export.agreement_files import write_atomically

    check_output(path, force)
    write_atomically(path, text.encode("utf-8"))


_OPTIONS = {"title": "--title", "company": "--company", "facilitator": "--facilitator"}


def _option_problem(exc) -> str:
    """The first problem with a typed option, as one sentence naming the option and the limit."""
    error = exc.errors(include_url=False)[0]
    field = str(error["loc"][-1]) if error["loc"] else ""
    option = _OPTIONS.get(field, field or "a value")
    limit = (error.get("ctx") or {}).get("max_length")
    if error["type"] == "string_too_long" and limit:
        return f"{option} is too long: at most {limit} characters, this one has {len(str(error['input']))}."
    return f"{option} cannot be used: {error['msg']}."


def _time_zone(value: str) -> str:
    from pydantic import TypeAdapter, ValidationError

    from .model.types import TimeZoneName

    try:
        return TypeAdapter(TimeZoneName).validate_python(value)
    except ValidationError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a time zone; use an IANA name such as Europe/Amsterdam") from None


def _notes_count(value: str) -> int:
    count = int(value) if value.isdigit() else -1
    if not 0 <= count <= 100_000:
        raise argparse.ArgumentTypeError("must be a whole number from 0 to 100000")
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="facilitator", description="Run a marketing & sales alignment workshop.",
                     epilog="Without a command the app opens: 'facilitator SESSION' opens that session file.")
    parser.add_argument("--version", action=_ShowVersion)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("demo", _cmd_demo, "write a realistic demo session")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the workshop texts")
    p.add_argument("--notes", type=_notes_count, default=None, metavar="N", help="pad to N notes (benchmarks)")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")

    p = add("new", _cmd_new, "write a new, empty session on the default agenda")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the workshop texts")
    p.add_argument("--title", default="", help="workshop title")
    p.add_argument("--company", default="", help="the client company")
    p.add_argument("--facilitator", default="", help="your name")
    p.add_argument("--time-zone", type=_time_zone, default=None, metavar="ZONE",
                   help="IANA time zone of the session and its reviews (default: this computer's)")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")

    p = add("check", _cmd_check, "validate a session file (exit 0 when fine, 2 when not)")
    p.add_argument("path", metavar="PATH")

    p = add("export-json", _cmd_export_json, "write a session as JSON")
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = add("import-json", _cmd_import_json, "make a session file from a JSON export")
    p.add_argument("file", metavar="FILE", help="the JSON export, or - for standard input")
    p.add_argument("-o", "--output", metavar="PATH", required=True, help="the session file to create")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")

    add("schema", _cmd_schema, "print the JSON Schema of the JSON export")

    p = add("pdf", _cmd_pdf, "write the agreement PDF (signed) and the review invitation (.ics)")
    p.add_argument("path", metavar="SESSION")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="output file (default: next to the session)")
    p.add_argument("--no-sign", action="store_true", help="leave out the PDF digital signature")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf and its .ics if they exist")
    p.add_argument("--new-identity", action="store_true",
                   help="set the signing identity aside (kept, renamed) and make a new one")

    p = add("verify", _cmd_verify, "is the PDF's seal intact, and (with SESSION) does it match the session? "
            "(exit 0 yes, 1 no)")
    p.add_argument("pdf", metavar="FILE.pdf")
    p.add_argument("session", metavar="SESSION", nargs="?", default=None)
    return parser


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = build_parser()
    commands = {"new", "demo", "check", "export-json", "import-json", "schema", "pdf", "verify"}
    if argv and not argv[0].startswith("-") and argv[0] not in commands:
        if len(argv) > 1:
            raise FacilitatorError(f"unexpected argument {argv[1]!r} (see 'facilitator --help')")
        return argparse.Namespace(handler=_cmd_open, path=argv[0])
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:  # no command: open the app and pick a session there
        args.handler, args.path = _cmd_open, None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parse(argv)
        import workshops  # noqa: F401  (registers each module kind's result model before any file is read)

        return args.handler(args)
    except FacilitatorError as exc:
        _say(exc.message)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except OSError as exc:  # the disk, a permission, a name: the user's surroundings, not a bug
        if os.environ.get("FACILITATOR_DEBUG"):
            raise
        _say(_os_problem(exc))
        return EXIT_ERROR
    except Exception as exc:  # a bug: still one line, with enough to report it
        if os.environ.get("FACILITATOR_DEBUG"):
            raise
        _say(f"internal error ({type(exc).__name__}: {bug_summary(exc)}); set FACILITATOR_DEBUG=1 to see details")
        return EXIT_BUG


def _say(message: str) -> None:
    print(f"facilitator: {shown(message)}", file=sys.stderr)


def _os_problem(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"Cannot use{where}: {exc.strerror or exc}."


def bug_summary(exc: Exception) -> str:
    """A bug's message in one short line; a pydantic error names its first field."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        from .model.validation_messages import describe

        return describe(exc, limit=1)
    first = str(exc).strip().splitlines()
    return first[0][:300] if first else ""


def run() -> None:
    sys.exit(main())
