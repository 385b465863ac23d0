#include "storage/schema.h"

#include "storage/sqlite.h"

namespace isms::storage {

const char* columnType(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Enum:
    case FieldType::Date:
        return "TEXT";
    case FieldType::Integer:
    case FieldType::Likelihood:
    case FieldType::Impact:
    case FieldType::Level:
    case FieldType::Boolean:
    case FieldType::Reference:
        return "INTEGER";
    case FieldType::Real:
        return "REAL";
    }
    return "ANY";
}

std::vector<std::string> registerTableDdl(const RegisterDef& reg)
{
    const std::string table = reg.tableName();
    // AUTOINCREMENT: an id is never handed out twice, so undo and links never meet a stranger.
    std::string ddl = "CREATE TABLE " + table
        + " (id INTEGER PRIMARY KEY AUTOINCREMENT, ref TEXT NOT NULL UNIQUE, created_at TEXT NOT "
          "NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL";
    // Refs sort naturally (R-999 before R-1000); this index serves that default order, so a
    // 100,000-row register lists its ids without sorting them.
    std::vector<std::string> indexes{"CREATE INDEX " + table + "__ref_natural ON " + table
                                     + " (length(ref), ref, id)"};
    for (const auto& field : reg.fields) {
        ddl += ", \"" + field.key + "\" " + columnType(field.type);
        if (field.type == FieldType::Reference) {
            ddl += " REFERENCES r_" + field.target + "(id)";
            indexes.push_back("CREATE INDEX " + table + "__" + field.key + " ON " + table + "(\""
                              + field.key + "\")");
        } else if (field.type == FieldType::Boolean) {
            ddl += " CHECK (\"" + field.key + "\" IN (0, 1))";
        }
    }
    ddl += ") STRICT";
    std::vector<std::string> statements{ddl};
    statements.insert(statements.end(), indexes.begin(), indexes.end());
    return statements;
}

std::vector<std::string> schemaDdl(const Catalogue& catalogue)
{
    std::vector<std::string> ddl{
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID",
        // One row per link; the primary key serves lookups from the `from` side, the index the
        // other side.
        "CREATE TABLE links (from_register TEXT NOT NULL, from_id INTEGER NOT NULL, link TEXT NOT "
        "NULL, to_register TEXT NOT NULL, to_id INTEGER NOT NULL, PRIMARY KEY (from_register, "
        "from_id, link, to_register, to_id)) STRICT, WITHOUT ROWID",
        "CREATE INDEX links__to ON links (to_register, to_id)",
        "CREATE TABLE change_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL, "
        "action TEXT NOT NULL, register TEXT NOT NULL, record_id INTEGER NOT NULL, ref TEXT NOT "
        "NULL, before TEXT NOT NULL, after TEXT NOT NULL, hash TEXT NOT NULL) STRICT",
        "CREATE INDEX change_log__record ON change_log (register, record_id)",
        "CREATE TABLE attachments (id INTEGER PRIMARY KEY AUTOINCREMENT, register TEXT NOT NULL, "
        "record_id INTEGER NOT NULL, name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER "
        "NOT NULL, sha256 TEXT NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL, content "
        "BLOB NOT NULL) STRICT",
        "CREATE INDEX attachments__record ON attachments (register, record_id)",
        "CREATE TABLE methodology (id INTEGER PRIMARY KEY CHECK (id = 1), acceptable_max_score "
        "INTEGER NOT NULL, acceptance_criteria TEXT NOT NULL, review_interval_months INTEGER NOT "
        "NULL) STRICT",
        "CREATE TABLE methodology_scale (axis TEXT NOT NULL CHECK (axis IN ('likelihood', "
        "'impact')), level INTEGER NOT NULL, label TEXT NOT NULL, description TEXT NOT NULL, "
        "PRIMARY KEY (axis, level)) STRICT, WITHOUT ROWID",
        "CREATE TABLE methodology_matrix (likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, "
        "score INTEGER NOT NULL, PRIMARY KEY (likelihood, impact)) STRICT, WITHOUT ROWID",
        "CREATE TABLE methodology_bands (position INTEGER PRIMARY KEY, label TEXT NOT NULL, "
        "min_score INTEGER NOT NULL, colour TEXT NOT NULL) STRICT",
        // Snapshots outlive the risks they describe: no foreign key, on purpose.
        "CREATE TABLE assessment_snapshots (assessment_id INTEGER NOT NULL, risk_id INTEGER NOT "
        "NULL, ref TEXT NOT NULL, title TEXT NOT NULL, inherent_likelihood INTEGER NOT NULL, "
        "inherent_impact INTEGER NOT NULL, inherent_level INTEGER NOT NULL, residual_likelihood "
        "INTEGER NOT NULL, residual_impact INTEGER NOT NULL, residual_level INTEGER NOT NULL, "
        "PRIMARY KEY (assessment_id, risk_id)) STRICT, WITHOUT ROWID",
    };
    for (const auto& reg : catalogue.registers()) {
        auto table = registerTableDdl(reg);
        ddl.insert(ddl.end(), table.begin(), table.end());
    }
    // After the registers, as a migrated file has them: the pages of every earlier table stay
    // where schema 3 put them.
    const auto approvals = approvalTablesDdl();
    ddl.insert(ddl.end(), approvals.begin(), approvals.end());
    const auto versions = versionTablesDdl();
    ddl.insert(ddl.end(), versions.begin(), versions.end());
    return ddl;
}

// ---- schema 4: risk-owner approvals (6.1.3 f) -------------------------------------------------
std::vector<std::string> approvalTablesDdl()
{
    return {
        // One row per approval, never updated: a new approval is a new row, and the newest of a
        // risk is the one in force. No foreign keys, on purpose: an approval is evidence and
        // outlives the risk and the person (a removed risk keeps it, so undo finds it again);
        // approver holds the person's ref and name as they were. The material columns repeat
        // what `snapshot` holds, so the approval status is decided without reading JSON;
        // snapshot_sha256 is the SHA-256 of `snapshot`.
        "CREATE TABLE risk_approvals (id INTEGER PRIMARY KEY AUTOINCREMENT, risk_id INTEGER NOT NULL, "
        "approver_id INTEGER NOT NULL, approver TEXT NOT NULL, approved_at TEXT NOT NULL, rationale TEXT NOT "
        "NULL CHECK (length(trim(rationale)) > 0), expires_on TEXT, inherent_likelihood INTEGER NOT NULL, "
        "inherent_impact INTEGER NOT NULL, inherent_level INTEGER NOT NULL, residual_likelihood INTEGER NOT "
        "NULL, residual_impact INTEGER NOT NULL, residual_level INTEGER NOT NULL, treatment TEXT NOT NULL, "
        "treating_controls TEXT NOT NULL, snapshot TEXT NOT NULL, snapshot_sha256 TEXT NOT NULL, recorded_by "
        "TEXT NOT NULL) STRICT",
        "CREATE INDEX risk_approvals__risk ON risk_approvals (risk_id, id)",
    };
}
// ---- end of schema 4: risk-owner approvals ------------------------------------------------------

// ---- schema 4: assessment runs' kept methodology and SoA versions (migration_4_versions.h) ----
std::vector<std::string> versionTablesDdl()
{
    return {
        // The methodology in force when an assessment run was recorded, as its change-log JSON,
        // so the run is read with the method it was made under. Like the snapshots, it outlives
        // its assessments record: no foreign key.
        "CREATE TABLE assessment_methodologies (assessment_id INTEGER PRIMARY KEY, methodology TEXT NOT "
        "NULL) STRICT",
        // One row per approved SoA version; the approver is named as well as referenced, so the
        // version still says who approved it after that person is removed.
        "CREATE TABLE soa_versions (number INTEGER PRIMARY KEY, approved_at TEXT NOT NULL, approved_by "
        "INTEGER NOT NULL, approved_by_name TEXT NOT NULL, note TEXT NOT NULL, undecided INTEGER NOT NULL) "
        "STRICT",
        // Every control as frozen in a version.
        "CREATE TABLE soa_version_controls (version INTEGER NOT NULL REFERENCES soa_versions(number), "
        "control_id INTEGER NOT NULL, ref TEXT NOT NULL, title TEXT NOT NULL, applicable TEXT NOT NULL, "
        "reason_risk INTEGER NOT NULL, reason_legal INTEGER NOT NULL, reason_contractual INTEGER NOT NULL, "
        "reason_business INTEGER NOT NULL, justification TEXT NOT NULL, implementation TEXT NOT NULL, "
        "owner_id INTEGER NOT NULL, owner_name TEXT NOT NULL, PRIMARY KEY (version, control_id)) STRICT, "
        "WITHOUT ROWID",
    };
}

Result<void> createSchema(sql::Connection& db, const Catalogue& catalogue)
{
    for (const auto& statement : schemaDdl(catalogue))
        if (auto r = db.exec(statement); !r)
            return makeError(r.error().code, "Could not create the file's tables: " + r.error().message);
    return {};
}

std::vector<TableOrder> digestTables(const Catalogue& catalogue)
{
    std::vector<TableOrder> tables;
    for (const auto& reg : catalogue.registers())
        tables.push_back({reg.tableName(), "id"});
    tables.push_back({"links", "from_register, from_id, link, to_register, to_id"});
    tables.push_back({"attachments", "id"});
    tables.push_back({"methodology", "id"});
    tables.push_back({"methodology_scale", "axis, level"});
    tables.push_back({"methodology_matrix", "likelihood, impact"});
    tables.push_back({"methodology_bands", "position"});
    tables.push_back({"assessment_snapshots", "assessment_id, risk_id"});
    tables.push_back({"risk_approvals", "id", 4});
    tables.push_back({"assessment_methodologies", "assessment_id", 4});
    tables.push_back({"soa_versions", "number", 4});
    tables.push_back({"soa_version_controls", "version, control_id", 4});
    tables.push_back({"change_log", "seq"});
    return tables;
}

} // namespace isms::storage
