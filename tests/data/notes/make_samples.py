#!/usr/bin/env python3
"""Writes the bad auditor-notes samples of tests/data/notes (see tests/data/README.md).

Each starts as a notes file in the format src/storage/audit_notes.cpp writes (schema 1), bound
to an audit copy that does not exist here, and is then damaged in one way."""
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = """
CREATE TABLE binding (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE notes (
  id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, clause TEXT NOT NULL,
  record_register TEXT NOT NULL, record_ref TEXT NOT NULL, text TEXT NOT NULL,
  evidence TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL) STRICT;
"""


def make(name, application_id=0x49534D4E, user_version=1, binding=True, second_type="observation",
         filler=0):
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {application_id}")
    db.execute(f"PRAGMA user_version = {user_version}")
    db.executescript(SCHEMA)
    if binding:
        for key, value in [("content_digest", "a" * 64), ("export_chain_head", "b" * 64),
                           ("file_sha256", "c" * 64), ("copy_name", "sample-copy.isms"),
                           ("created_at", "2026-11-23T12:00:00.000Z")]:
            db.execute("INSERT INTO binding VALUES (?, ?)", (key, value))
    at = "2026-11-23T12:00:00.000Z"
    db.execute("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?)",
               ("0" * 31 + "1", "minor", "A.5.15", "risks", "R-001", "Access reviews not recorded",
                "3 of 12 requests", "Sample Auditor", at, at))
    db.execute("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?)",
               ("0" * 31 + "2", second_type, "7.5", "", "", "Policy owner unclear" + " x" * filler,
                "", "Sample Auditor", at, at))
    db.commit()
    db.close()
    return path


make("bad-type.notes", second_type="critical")
make("foreign-application-id.notes", application_id=1234)
make("newer-format.notes", user_version=9)
make("no-binding.notes", binding=False)
cut = make("truncated.notes", filler=6000)
size = os.path.getsize(cut)
with open(cut, "r+b") as f:
    f.truncate(size // 2 + 100)
