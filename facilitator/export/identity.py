"""The facilitator's signing identity: a private key and a self-signed certificate, kept safe.

- Written atomically: each file is made under a temporary name that is owner-only from its first
  byte (os.open with 0o600), flushed to disk and then renamed, in an owner-only folder; a kill
  midway leaves the old state or the new one, never half a certificate.
- The key is encrypted where the operating system offers a keyring (Windows Credential Locker,
  macOS Keychain, Secret Service): a random password is kept there, never on disk. Without one
  (a headless machine) the key is an owner-only file, and Settings says so.
- A damaged or incomplete identity is recognised and named in one sentence, with the way out:
  ``facilitator pdf SESSION --new-identity`` sets the old files aside and makes a new pair.
"""

import datetime as dt
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import FacilitatorError
from ..printable import shown
from ..store.scratch import fsync_folder

KEY_FILE, CERT_FILE = "facilitator-key.pem", "facilitator-cert.pem"
KEYRING_SERVICE = "Facilitator signing key"
_ENCRYPTED = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
_WAY_OUT = "make a new one with 'facilitator pdf SESSION --new-identity', which keeps the old one aside"


class IdentityError(FacilitatorError):
    """The signing identity cannot be used; the message says why and how to make a new one."""


def home() -> Path:
    """Where the app keeps its own files (the signing identity); FACILITATOR_HOME overrides."""
    if os.environ.get("FACILITATOR_HOME"):
        return Path(os.environ["FACILITATOR_HOME"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Facilitator"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Facilitator"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "facilitator"


def default_folder() -> Path:
    return home() / "signing"


@dataclass(frozen=True)
class Credentials:
    key: Path
    cert: Path
    passphrase: bytes | None = None  # the key's password from the keyring; None for a plain key file


# -- the keyring -----------------------------------------------------------------------------------

_FRIENDLY = {"WinVaultKeyring": "Windows Credential Locker", "Keyring": "macOS Keychain"}


def system_keyring():
    """The keyring backend to keep the key's password in, or None when there is no real one.

    Backends keyring itself ranks below 1 (a plain file, the "fail" and "null" backends) protect
    nothing, so they are used only when the user chose one explicitly (PYTHON_KEYRING_BACKEND or
    keyring's configuration file).
    """
    try:
        import keyring
        import keyring.core
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    chosen = bool(os.environ.get("PYTHON_KEYRING_BACKEND")) or keyring.core.load_config() is not None
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that cannot even rank itself is not usable
        return None
    return backend if chosen or priority >= 1 else None


def keyring_name(backend) -> str:
    kind = type(backend).__name__
    module = type(backend).__module__
    if "SecretService" in module or "libsecret" in module:
        return "Secret Service"
    if module.endswith("macOS") or module.endswith("macOS.api"):
        return "macOS Keychain"
    return _FRIENDLY.get(kind, getattr(backend, "name", kind))


@dataclass(frozen=True)
class Protection:
    """How the key is kept: 'keyring' (encrypted) or 'file' (owner-only); ``made`` once it exists."""

    kind: str
    keyring: str  # the keyring's name, or "" when there is none
    made: bool


def protection(folder: Path | None = None) -> Protection:
    folder = folder or default_folder()
    backend = system_keyring()
    name = keyring_name(backend) if backend is not None else ""
    try:
        head = (folder / KEY_FILE).read_bytes()[:64]
    except OSError:
        return Protection("keyring" if backend is not None else "file", name, False)
    return Protection("keyring" if head.startswith(_ENCRYPTED) else "file", name, True)


# -- loading ---------------------------------------------------------------------------------------

def credentials(name: str = "", folder: Path | None = None) -> Credentials:
    """The facilitator's key and certificate, made on first use (EC P-256, 10 years)."""
    folder = folder or default_folder()
    key_path, cert_path = folder / KEY_FILE, folder / CERT_FILE
    if not cert_path.exists():
        # The certificate is written last, so without it nothing was ever signed with this
        # folder: an interrupted first run, made again from scratch.
        return _make(name, folder)
    return _checked(folder, key_path, cert_path)


def check_usable(folder: Path | None = None) -> None:
    """Raise the one-sentence IdentityError now if the existing identity is broken (nothing is made)."""
    folder = folder or default_folder()
    if (folder / CERT_FILE).exists():
        _checked(folder, folder / KEY_FILE, folder / CERT_FILE)


def _broken(folder: Path, reason: str) -> IdentityError:
    return IdentityError(f"The signing identity in {shown(folder)} cannot be used ({reason}); {_WAY_OUT}.")


def _checked(folder: Path, key_path: Path, cert_path: Path) -> Credentials:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    try:
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    except (OSError, ValueError):
        raise _broken(folder, "its certificate is damaged or cut off") from None
    try:
        key_pem = key_path.read_bytes()
    except FileNotFoundError:
        raise _broken(folder, "its private key is missing") from None
    except OSError as exc:
        raise _broken(folder, f"its private key cannot be read: {exc.strerror or exc}") from None
    passphrase = None
    if key_pem.lstrip().startswith(_ENCRYPTED):
        passphrase = _password(folder, cert.fingerprint(hashes.SHA256()).hex())
    try:
        key = serialization.load_pem_private_key(key_pem, password=passphrase)
    except (ValueError, TypeError):
        raise _broken(folder, "its private key is damaged or does not open with the keyring's password") from None
    public = serialization.PublicFormat.SubjectPublicKeyInfo
    if (key.public_key().public_bytes(serialization.Encoding.DER, public)
            != cert.public_key().public_bytes(serialization.Encoding.DER, public)):
        raise _broken(folder, "its private key and certificate do not belong together")
    return Credentials(key_path, cert_path, passphrase)


def _password(folder: Path, account: str) -> bytes:
    backend = system_keyring()
    if backend is None:
        raise _broken(folder, "its key is encrypted with a password kept in a system keyring that is not "
                              "available now")
    try:
        secret = backend.get_password(KEYRING_SERVICE, account)
    except Exception as exc:  # a locked or unreachable keyring; keyring raises many kinds
        raise _broken(folder, f"the system keyring could not be read: {shown(exc) or type(exc).__name__}") from None
    if not secret:
        raise _broken(folder, "the password of its key is missing from the system keyring")
    return secret.encode("utf-8")


# -- making ----------------------------------------------------------------------------------------

def _make(name: str, folder: Path) -> Credentials:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    _owner_only_folder(folder)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, (name or "Facilitator")[:64]),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Facilitator workshop agreements")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    passphrase = _new_password(cert.fingerprint(hashes.SHA256()).hex())
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    try:
        write_owner_only(folder / KEY_FILE, key_pem)
        write_owner_only(folder / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))  # last: the seal
    except OSError as exc:
        raise FacilitatorError(f"Cannot make the signing identity in {shown(folder)}: "
                               f"{exc.strerror or exc}.") from None
    return Credentials(folder / KEY_FILE, folder / CERT_FILE, passphrase)


def _new_password(account: str) -> bytes | None:
    """A random password kept in the system keyring, or None when there is none to keep it in."""
    backend = system_keyring()
    if backend is None:
        return None
    secret = secrets.token_urlsafe(32)
    try:
        backend.set_password(KEYRING_SERVICE, account, secret)
        if backend.get_password(KEYRING_SERVICE, account) != secret:  # a keyring that forgets
            return None
    except Exception:  # locked, refused or unreachable: the owner-only file is the fallback
        return None
    return secret.encode("utf-8")


def _owner_only_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)  # also when it existed: it holds a private key
    except OSError as exc:
        raise FacilitatorError(f"Cannot make the folder {shown(folder)} for the signing identity: "
                               f"{exc.strerror or exc}.") from None


def write_owner_only(path: Path, data: bytes) -> None:
    """Write ``path`` atomically, readable by its owner only from the very first byte."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    tmp.unlink(missing_ok=True)  # left by a killed run that had the same process id
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


# -- starting over ---------------------------------------------------------------------------------

def make_new_identity(name: str = "", folder: Path | None = None) -> str:
    """Set the current identity's files aside under a dated name and make a new identity."""
    folder = folder or default_folder()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    kept = []
    for file_name in (CERT_FILE, KEY_FILE):  # the certificate first: without it the folder reads as new
        source = folder / file_name
        if not source.exists():
            continue
        target = folder / f"{file_name}.set-aside-{stamp}"
        counter = 2
        while target.exists():
            target = folder / f"{file_name}.set-aside-{stamp}-{counter}"
            counter += 1
        try:
            os.rename(source, target)
        except OSError as exc:
            raise FacilitatorError(f"Cannot set {shown(source)} aside: {exc.strerror or exc}.") from None
        kept.append(target.name)
    _make(name, folder)
    if kept:
        return f"Made a new signing identity; the old one is kept as {', '.join(kept)} in {shown(folder)}."
    return f"Made a new signing identity in {shown(folder)}."
