"""A throwaway PostgreSQL cluster in a temp folder, for the teamserver's tests and benchmarks.

`Cluster` runs initdb once, starts the server on a free port of 127.0.0.1 and stops it again;
`restart()` and `kill()` are for fault tests (the server restarted or crashed mid-sync). Logins
are SCRAM only, over TCP and over the unix socket, as on a real teamserver.

PostgreSQL refuses to run as root, and CI runs as root: then the server's commands run as an
unprivileged user (`nobody`, else a system user `nlinkoop-pg` made for it) through `runuser`,
and the temp folder lives in /tmp, owned by that user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import weakref
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn
from urllib.parse import quote

import psycopg
from psycopg import sql

ADMIN_USER = "nlinkoop_admin"
HOST = "127.0.0.1"
SERVER_USERS = ("nobody",)  # tried in order when we are root
OWN_SERVER_USER = "nlinkoop-pg"  # made with useradd --system when none of those exists
_NEEDED = ("initdb", "pg_ctl", "postgres")

# Fast and roomy enough for a load bench of 50+ clients. fsync=off only skips flushing to disk:
# a killed server loses nothing the OS already has, so crash tests stay honest. Commits stay
# synchronous (a commit the client saw survives kill()); do not turn synchronous_commit off.
DEFAULT_SETTINGS: Mapping[str, str | int] = {
    "fsync": "off",
    "max_connections": 200,
    "shared_buffers": "128MB",
    "password_encryption": "scram-sha-256",
    "log_connections": "on",  # the log says "method=scram-sha-256" for each login
    "log_line_prefix": "%m [%p] %q%u@%d ",
}

_HBA = """\
# nlinkoop's test cluster: passwords over SCRAM only, as on the teamserver.
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
"""


class ClusterError(RuntimeError):
    """The test cluster could not be made, started or stopped; the message says why."""


def find_bindir(
    *,
    pg_config: str = "pg_config",
    roots: Iterable[Path] = (Path("/usr/lib/postgresql"),),
    path: str | None = None,
) -> Path | None:
    """The folder with PostgreSQL's server programs (initdb, pg_ctl, postgres), or None.

    Looks at `pg_config --bindir` first, then the newest Debian `/usr/lib/postgresql/*/bin`, then
    `initdb` on PATH. A folder counts only if all three programs are in it: a client-only
    pg_config (libpq-dev without the server) answers /usr/bin.

    Args:
        pg_config: the pg_config program to ask.
        roots: folders holding one `<version>/bin` per installed major version.
        path: the PATH to search; the process's own when None.
    """
    pg_config_path = shutil.which(pg_config, path=path)
    if pg_config_path:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config_path, "--bindir"], capture_output=True, text=True, timeout=10
            )
            if out.returncode == 0 and _has_server(Path(out.stdout.strip())):
                return Path(out.stdout.strip())
    for root in roots:
        versions = [d for d in root.glob("*/bin") if _has_server(d)]
        if versions:  # "9.6" < "10" < "15": compare as numbers
            return max(versions, key=lambda d: _version_key(d.parent.name))
    initdb = shutil.which("initdb", path=path)
    if initdb:
        for folder in (Path(initdb).parent, Path(initdb).resolve().parent):
            if _has_server(folder):
                return folder
    return None


def _has_server(folder: Path) -> bool:
    return all(os.access(folder / name, os.X_OK) for name in _NEEDED)


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name))


def in_ci(environ: Mapping[str, str] | None = None) -> bool:
    """Whether we run in CI: CI or NLINKOOP_REQUIRE_POSTGRES (set by .ci/run) is set to
    anything but empty, 0, false or no."""
    found = os.environ if environ is None else environ
    return any(
        found.get(name, "").strip().lower() not in ("", "0", "false", "no")
        for name in ("CI", "NLINKOOP_REQUIRE_POSTGRES")
    )


def missing_server(ci: bool) -> NoReturn:
    """Stop a test that needs PostgreSQL when its programs are absent.

    A laptop without PostgreSQL skips the teamserver tests; in CI a missing server fails the run,
    so the teamserver is never shipped untested by a silent skip.
    """
    import pytest  # here, not at the top: the benchmark imports this module without pytest

    where = "looked at pg_config --bindir, /usr/lib/postgresql/*/bin and initdb on PATH"
    if ci:
        pytest.fail(
            f"no PostgreSQL server found ({where}); in CI a missing server fails the run: "
            "install the Debian package postgresql (.ci/run does)",
            pytrace=False,
        )
    pytest.skip(f"no PostgreSQL server found ({where}); install postgresql to run these tests")


def free_port(host: str = HOST) -> int:
    """A TCP port on host that nothing listens on right now (the kernel's pick for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def server_user() -> str | None:
    """The user the server's programs run as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in (*SERVER_USERS, OWN_SERVER_USER):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(
        [
            "useradd",
            "--system",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            OWN_SERVER_USER,
        ],
        check=True,
        capture_output=True,
    )
    return OWN_SERVER_USER


class Cluster:
    """One throwaway PostgreSQL cluster: a temp folder, a server on a free port, an admin login.

    The first `start()` runs initdb; `close()` (or leaving the `with` block) stops the server and
    removes the folder, and so does the interpreter's exit if nobody closed it.

    Attributes:
        host: the address the server listens on (127.0.0.1).
        port: its TCP port, fixed at the first start and kept by restarts.
        admin_user: a superuser, logging in with admin_password over SCRAM.
        base: the temp folder (data/, sock/, server.log).
    """

    def __init__(
        self,
        bindir: Path | None = None,
        *,
        settings: Mapping[str, str | int] | None = None,
        timeout: float = 60.0,
    ) -> None:
        found = bindir or find_bindir()
        if found is None:
            raise ClusterError("no PostgreSQL server programs found (initdb, pg_ctl, postgres)")
        self.bindir = found
        self.settings = {**DEFAULT_SETTINGS, **(settings or {})}
        self.timeout = timeout
        self.host = HOST
        self.port = 0
        self.admin_user = ADMIN_USER
        self.admin_password = secrets.token_urlsafe(18)
        self._user = server_user()
        # As root, /tmp itself: TMPDIR may point under /root, where the server user cannot go.
        self.base = Path(
            tempfile.mkdtemp(prefix="nlinkoop-pg-", dir="/tmp" if self._user else None)
        )
        self.data_dir = self.base / "data"
        self.socket_dir = self.base / "sock"
        self.log_path = self.base / "server.log"
        self._finalizer = weakref.finalize(
            self, _remove, self._pg_ctl_args(), self._prefix(), self.data_dir, self.base
        )
        if self._user:
            entry = pwd.getpwnam(self._user)
            self._ids: tuple[int, int] | None = (entry.pw_uid, entry.pw_gid)
            os.chown(self.base, *self._ids)
        else:
            self._ids = None

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server (running initdb first if this is the first start); wait until it
        accepts connections, or raise ClusterError with the server log's last lines."""
        if not self._finalizer.alive:
            raise ClusterError("this cluster was closed; make a new one")
        if self.running():
            return
        if not self.data_dir.exists():
            self._initdb()
        self._remove_stale_locks()
        if self.port:
            self._pg_ctl_start()
            return
        for attempt in range(3):  # another process may take our free port before we bind it
            self.port = free_port(self.host)
            self._write_conf()
            try:
                self._pg_ctl_start()
                return
            except ClusterError as error:
                if attempt == 2 or "could not bind" not in str(error):
                    raise

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: "smart" waits for clients, "fast" disconnects them, "immediate"
        exits at once (crash recovery at the next start)."""
        if not self.running():
            return
        out = self._run(
            [*self._pg_ctl_args(), "stop", "-w", "-t", str(int(self.timeout)), "-m", mode]
        )
        if out.returncode != 0:
            raise self._error(f"pg_ctl stop -m {mode} failed (exit {out.returncode})", out)

    def restart(self, mode: str = "fast") -> None:
        """Stop and start again on the same port, as a server restarted mid-sync."""
        self.stop(mode)
        self.start()

    def kill(self, *, hard: bool = False) -> None:
        """Stop at once, without a shutdown checkpoint; the next start recovers from the WAL.

        Args:
            hard: SIGKILL the postmaster and every server process, as a machine losing power
                would (less the OS's cache); otherwise `pg_ctl stop -m immediate`.
        """
        if not hard:
            self.stop("immediate")
            return
        pid = self.postmaster_pid()
        if pid is None or not _alive(pid):
            return
        os.kill(pid, signal.SIGSTOP)  # a stopped postmaster forks no backend we would miss
        processes = [*_children(pid), pid]
        for each in processes:
            with contextlib.suppress(ProcessLookupError):
                os.kill(each, signal.SIGKILL)
        deadline = time.monotonic() + self.timeout
        while any(_alive(each) for each in processes):
            if time.monotonic() > deadline:
                raise ClusterError(f"server processes {processes} outlived SIGKILL")
            time.sleep(0.02)

    def running(self) -> bool:
        """Whether the postmaster of this cluster is alive."""
        pid = self.postmaster_pid()
        return pid is not None and _alive(pid)

    def postmaster_pid(self) -> int | None:
        """The postmaster's process id from postmaster.pid, or None when there is none."""
        return _lock_pid(self.data_dir / "postmaster.pid")

    def _remove_stale_locks(self) -> None:
        # Left by kill(hard=True). Where the init process reaps slowly (containers) the dead
        # postmaster lingers as a zombie, which postgres would take for a running server.
        for lock in [self.data_dir / "postmaster.pid", *self.socket_dir.glob(".s.PGSQL.*.lock")]:
            pid = _lock_pid(lock)
            if pid is not None and not _alive(pid):
                lock.unlink()

    def close(self) -> None:
        """Stop the server (fast, else immediately) and remove the temp folder."""
        if not self._finalizer.alive:
            return
        with contextlib.suppress(ClusterError, subprocess.SubprocessError, OSError):
            self.stop("fast")
        self._finalizer()  # stops what is left immediately, then removes the folder

    def __enter__(self) -> Cluster:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- connecting -------------------------------------------------------------------------

    def url(self, user: str, password: str, dbname: str = "postgres") -> str:
        """A SQLAlchemy URL for user on dbname, over TCP (so SCRAM): postgresql+psycopg://..."""
        return (
            f"postgresql+psycopg://{quote(user, safe='')}:{quote(password, safe='')}"
            f"@{self.host}:{self.port}/{quote(dbname, safe='')}"
        )

    def admin_url(self, dbname: str = "postgres") -> str:
        """The SQLAlchemy URL of the superuser on dbname."""
        return self.url(self.admin_user, self.admin_password, dbname)

    def connect(
        self,
        dbname: str = "postgres",
        *,
        user: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> psycopg.Connection[Any]:
        """A psycopg connection over TCP; the admin's unless user and password are given."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            dbname=dbname,
            user=user or self.admin_user,
            password=password if user else self.admin_password,
            connect_timeout=10,
            **kwargs,
        )

    def psql(
        self, query: str | sql.Composable, params: Sequence[Any] | None = None, db: str = "postgres"
    ) -> list[tuple[Any, ...]]:
        """Run SQL as the admin in autocommit and return the last statement's rows ([] if none).

        Without params the text may hold several statements separated by semicolons.
        """
        with self.connect(db, autocommit=True) as conn:
            cur = conn.execute(query, params)  # type: ignore[arg-type]  # query is dynamic
            return cur.fetchall() if cur.description else []

    def create_database(self, name: str, *, owner: str | None = None) -> str:
        """Create an empty database (a copy of template1) and return its admin URL."""
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        self.psql(statement)
        return self.admin_url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database if it exists, disconnecting whoever is still in it."""
        self.psql(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def log_tail(self, lines: int = 30) -> str:
        """The server log's last lines, for messages about a failure."""
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    # --- inside -----------------------------------------------------------------------------

    def _prefix(self) -> list[str]:
        return ["runuser", "-u", self._user, "--"] if self._user else []

    def _pg_ctl_args(self) -> list[str]:
        return [str(self.bindir / "pg_ctl"), "-D", str(self.data_dir)]

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        return _run(self._prefix(), args, self.base, self.timeout + 30)

    def _error(self, what: str, out: subprocess.CompletedProcess[str]) -> ClusterError:
        said = (out.stdout + out.stderr).strip()
        return ClusterError(
            f"{what}\n{said}\n--- last lines of {self.log_path}:\n{self.log_tail()}"
        )

    def _own(self, path: Path) -> None:
        if self._ids:
            os.chown(path, *self._ids)

    def _initdb(self) -> None:
        pwfile = self.base / "pwfile"
        pwfile.write_text(self.admin_password + "\n")
        pwfile.chmod(0o600)
        self._own(pwfile)
        try:
            out = self._run(
                [
                    str(self.bindir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-U",
                    self.admin_user,
                    f"--pwfile={pwfile}",
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",  # a throwaway cluster: no need to flush it to disk
                ]
            )
        finally:
            pwfile.unlink()
        if out.returncode != 0:
            raise self._error(f"initdb failed (exit {out.returncode})", out)
        (self.data_dir / "pg_hba.conf").write_text(_HBA)
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# nlinkoop's test cluster (tests/pg_cluster.py)\ninclude 'nlinkoop.conf'\n"
            )
        self.socket_dir.mkdir(mode=0o700)
        self._own(self.socket_dir)

    def _write_conf(self) -> None:
        settings: dict[str, str | int] = {
            "listen_addresses": self.host,
            "port": self.port,
            "unix_socket_directories": str(self.socket_dir),
            **self.settings,
        }
        lines = [f"{key} = {_conf_value(value)}" for key, value in settings.items()]
        conf = self.data_dir / "nlinkoop.conf"
        conf.write_text("\n".join(lines) + "\n")
        self._own(conf)

    def _pg_ctl_start(self) -> None:
        out = self._run(
            [
                *self._pg_ctl_args(),
                "start",
                "-w",
                "-t",
                str(int(self.timeout)),
                "-l",
                str(self.log_path),
            ]
        )
        if out.returncode != 0:
            where = f"{self.host}:{self.port}"
            raise self._error(
                f"PostgreSQL did not start on {where} (pg_ctl exit {out.returncode})", out
            )


def _conf_value(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


def _run(
    prefix: list[str], args: list[str], cwd: Path, timeout: float
) -> subprocess.CompletedProcess[str]:
    # The server's own settings come from its files, never from a PG* variable of the caller.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    return subprocess.run(
        [*prefix, *args],
        cwd=cwd,  # the server user may not enter our working directory
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _lock_pid(lock: Path) -> int | None:
    """The process id on the first line of a postmaster.pid or socket lock file."""
    try:
        first = lock.read_text().split("\n", 1)[0].strip()
    except OSError:
        return None
    return int(first) if first.isdigit() else None


def _children(pid: int) -> list[int]:
    """The processes whose parent is pid (Linux /proc; none found elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # "pid (comm) state ppid ...": comm may hold spaces, so split after its ")"
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):  # a zombie is dead, only not yet reaped
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _remove(pg_ctl: list[str], prefix: list[str], data_dir: Path, base: Path) -> None:
    """Stop whatever still runs immediately and remove the folder (close() and at exit)."""
    if (data_dir / "postmaster.pid").exists():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            _run(prefix, [*pg_ctl, "stop", "-w", "-m", "immediate"], base, 60)
    shutil.rmtree(base, ignore_errors=True)
