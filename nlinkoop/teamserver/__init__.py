"""The teamserver: one PostgreSQL database a procurement department's workbooks synchronise with.

Each laptop keeps its whole workbook and works offline; the server is one more replica. A
record travels as its stored row, with the same per-field version vectors and tombstones as a
file passed by e-mail, and is merged by the same rules (`nlinkoop.store.merge`). The server
only stores, orders and guards: row-level security decides who reads and writes what
(docs/teamserver.md).

- `schema`: the server's tables, roles and policies, created and upgraded by `server init`.
- `address`: a server's address, the TLS rule and the password (keyring or libpq's own).
- `state`: what this laptop last saw of the server, per workbook (a small SQLite file).
- `sync`: pull, merge, push.
- `admin`: `server init` and `server add-user`.

No Qt here: the window runs a sync in the background through `sync.synchronise`.
"""
