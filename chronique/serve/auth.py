"""Who may write: the bearer token from configuration, or, with none configured, this machine.

The token is read from $CHRONIQUE_TOKEN, else from a file (`--token-file`, or
$CHRONIQUE_TOKEN_FILE) so that it stays out of process listings and shell history. With a
token, every write must send `Authorization: Bearer <token>`, from wherever it comes. Without
one, writes are accepted only from loopback addresses (127.0.0.0/8, ::1): an analyst running
`chronique serve` on a laptop can paste articles, and a server exposed with `--host 0.0.0.0`
refuses writes until a token is set. (Behind a reverse proxy on the same machine every client
looks local: set a token there.) Reads are open.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from chronique.errors import ChroniqueError
from chronique.serve.errors import ApiError

ENV_TOKEN = "CHRONIQUE_TOKEN"
ENV_TOKEN_FILE = "CHRONIQUE_TOKEN_FILE"


@dataclass(frozen=True)
class WritePolicy:
    token: str | None

    def check(self, authorization: str | None, client_host: str | None) -> None:
        """Raise ApiError 401/403 unless this request may write."""
        if self.token is not None:
            scheme, _, given = (authorization or "").partition(" ")
            if scheme.lower() != "bearer" or not given.strip():
                raise ApiError(401, "this server needs a bearer token to write: send "
                                    "'Authorization: Bearer <token>'",
                               headers={"WWW-Authenticate": "Bearer"})
            if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
                raise ApiError(401, "the bearer token is not the one this server was given",
                               headers={"WWW-Authenticate": "Bearer"})
            return
        if not is_loopback(client_host):
            raise ApiError(403, "writes are refused: no token is configured on this server "
                                f"(set {ENV_TOKEN} or --token-file), and without one only "
                                "clients on the same machine may write")


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def load_policy(token: str | None = None, token_file: str | Path | None = None) -> WritePolicy:
    """The write policy from the arguments, else the environment; ChroniqueError on a token file
    that cannot be read or is empty."""
    if token is None:
        token = os.environ.get(ENV_TOKEN) or None
    path = token_file or os.environ.get(ENV_TOKEN_FILE)
    if token is None and path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ChroniqueError(f"{path}: cannot read the token file: {exc.strerror}") from None
        if not token:
            raise ChroniqueError(f"{path}: the token file is empty")
    return WritePolicy(token or None)
