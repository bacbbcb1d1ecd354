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
from .version import app_version

EXIT_OK, EXIT_ERROR, EXIT_BUG = 0, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line instead of usage + error
        raise FacilitatorError(f"{message} (see 'facilitator --help')")


def _cmd_demo(args: argparse.Namespace) -> int:
    from workshops.demo import build_demo

    from .store import SessionFile

    session = build_demo(args.lang, notes=args.notes)
    with SessionFile.create(args.path, session, overwrite=args.force) as file:
        print(f"Wrote {file.path} ({len(file.session.participants)} participants, "
              f"{len(file.session.agenda)} modules, {len(file.session.notes)} notes).")
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from workshops.new_session import new_session

    from .store import SessionFile

    session = new_session(args.lang, title=args.title, company=args.company, facilitator=args.facilitator,
                          time_zone=args.time_zone)
    with SessionFile.create(args.path, session, overwrite=args.force) as file:
        print(f"Wrote {file.path} ({len(session.agenda)} modules, no participants yet).")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .store import SessionFile

    with SessionFile.open(args.path, readonly=True) as file:
        s = file.session
        print(f"{file.path.name}: OK. \"{s.meta.title}\" ({s.meta.company or 'no company'}, {s.meta.date}, "
              f"{s.meta.language.value}): {len(s.participants)} participants, {len(s.agenda)} modules, "
              f"{len(s.notes)} notes, {len(s.actions)} actions.")
    return EXIT_OK


def _cmd_export_json(args: argparse.Namespace) -> int:
    from .store import SessionFile
    from .store.json_io import to_json

    with SessionFile.open(args.path, readonly=True) as file:
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
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else source.read_bytes()
    except OSError as exc:
        raise FacilitatorError(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
    session = from_json(data, source=source.name if args.file != "-" else "standard input")
    with SessionFile.create(args.output, session, overwrite=args.force) as file:
        print(f"Wrote {file.path} ({len(session.notes)} notes).")
    return EXIT_OK


def _sections():
    from workshops.sections import alignment_sections

    return alignment_sections()


def _cmd_pdf(args: argparse.Namespace) -> int:
    from .export.agreement_files import file_stem, make_pdf, write_atomically
    from .export.ics import review_invitation
    from .store import SessionFile

    with SessionFile.open(args.path, readonly=True) as file:
        session = file.session
    output = Path(args.output) if args.output else Path(args.path).with_name(file_stem(session) + ".pdf")
    invitation = review_invitation(session)
    ics = output.with_suffix(".ics")
    for path in (output, ics) if invitation is not None else (output,):  # checked before anything is written
        if path.exists() and not args.force:
            raise FacilitatorError(f"{path} already exists; use --force to replace it.")
    write_atomically(output, make_pdf(session, _sections(), sign=not args.no_sign))
    print(f"Wrote {output}")
    if invitation is not None:
        write_atomically(ics, invitation.encode("utf-8"))
        print(f"Wrote {ics}")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from .export.agreement_files import verify
    from .export.signing import home
    from .store import SessionFile

    try:
        pdf = Path(args.pdf).read_bytes()
    except OSError as exc:
        raise FacilitatorError(f"Cannot read {args.pdf}: {exc.strerror or exc}.") from None
    with SessionFile.open(args.session, readonly=True) as file:
        session = file.session
    cert = home() / "signing" / "facilitator-cert.pem"
    verdict = verify(pdf, session, cert if cert.exists() else None)
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


def _write_text(path: Path, text: str, force: bool) -> None:
    if path.exists() and not force:
        raise FacilitatorError(f"{path} already exists; use --force to replace it.")
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FacilitatorError(f"Cannot write {path}: {exc.strerror or exc}.") from None


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
    parser.add_argument("--version", action="version", version=f"facilitator {app_version()}")
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

    p = add("verify", _cmd_verify, "check that a PDF matches a session (exit 0) or not (exit 1)")
    p.add_argument("pdf", metavar="FILE.pdf")
    p.add_argument("session", metavar="SESSION")
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
        return args.handler(args)
    except FacilitatorError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("facilitator: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, with enough to report it
        if os.environ.get("FACILITATOR_DEBUG"):
            raise
        print(f"facilitator: internal error ({type(exc).__name__}: {exc}); "
              "set FACILITATOR_DEBUG=1 to see details", file=sys.stderr)
        return EXIT_BUG


def run() -> None:
    sys.exit(main())
