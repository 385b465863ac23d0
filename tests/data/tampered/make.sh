#!/bin/sh
# Makes the tampered corpus from base.isms (a healthy schema-4 file: see ../README.md) with
# nothing but the sqlite3 shell, as a doubtful auditor would. Run from this folder.
set -e
t() { cp base.isms "$1.isms"; sqlite3 "$1.isms" "$2"; }
t risk-title "UPDATE r_risks SET title = 'Changed behind its back' WHERE id = 3"
t row-deleted "DELETE FROM r_controls WHERE id = 1"
t row-inserted "INSERT INTO r_controls (ref, created_at, updated_at, updated_by, title) VALUES ('C-900', '2026-11-23T12:00:00.000Z', '2026-11-23T12:00:00.000Z', 'Mallory', 'Ghost control')"
t status-outside-enum "UPDATE r_risks SET kind = 'bogus' WHERE id = 3"
t level-disagrees "UPDATE r_risks SET inherent_level = inherent_level + 1 WHERE id = 3"
t bad-date "UPDATE r_risks SET review_date = '2026-13-45' WHERE id = 3"
t dangling-reference "PRAGMA foreign_keys = OFF; UPDATE r_risks SET owner = 999 WHERE id = 3"
t organisation-renamed "UPDATE meta SET value = 'Other Ltd' WHERE key = 'organisation'"
t column-dropped "ALTER TABLE r_risks DROP COLUMN threat"
t index-dropped "DROP INDEX links__to"
t trigger-added "CREATE TRIGGER t AFTER INSERT ON r_risks BEGIN SELECT 1; END"
t link-added "INSERT INTO links VALUES ('risks', 3, 'risk_controls', 'controls', 1)"
t link-removed "DELETE FROM links WHERE from_register = 'risks'"
t attachment-bytes "UPDATE attachments SET content = CAST('forged' AS BLOB)"
t methodology-changed "UPDATE methodology SET acceptable_max_score = 25"
t history-deleted "DELETE FROM change_log; DELETE FROM meta WHERE key = 'change_log_head'"
t approval-changed "UPDATE risk_approvals SET rationale = 'Nobody accepted this.', residual_level = 1 WHERE id = 1"
t snapshot-changed "UPDATE assessment_snapshots SET residual_level = 1, residual_likelihood = 1, residual_impact = 1"
t kept-methodology-changed "UPDATE assessment_methodologies SET methodology = replace(methodology, '\"acceptable_max_score\":', '\"acceptable_max_score\":2')"
t soa-version-changed "UPDATE soa_version_controls SET applicable = 'yes', justification = 'Approved after all'"
t history-cut "DELETE FROM change_log WHERE seq > 20; UPDATE meta SET value = (SELECT seq || ':' || hash FROM change_log WHERE seq = 20) WHERE key = 'change_log_head'"
# The Annex A catalogue damaged: from template-base.isms (made from the template: it holds all 93).
a() { cp template-base.isms "$1.isms"; sqlite3 "$1.isms" "$2"; }
a annex-a-renamed "UPDATE r_controls SET title = 'Our own policies', theme = 'custom' WHERE ref = 'A.5.1'"
a annex-a-deleted "DELETE FROM r_controls WHERE ref = 'A.5.10'"
for f in *.isms; do sqlite3 "$f" "PRAGMA journal_mode = DELETE" >/dev/null; done
