#pragma once
// The content digest of an audit copy: SHA-256 over a canonical dump of everything verify reports
// or the application shows. In this order, each part tagged and length-prefixed:
//   1. the format tag "isms-content-digest/2";
//   2. PRAGMA application_id and user_version (the schema version);
//   3. the schema: every sqlite_master row (type, name, tbl_name, sql; ordered by type, name);
//   4. every meta row ordered by key except `content_digest` and the signature keys
//      (isSignatureMetaKey): organisation, created_at/by, change_log_head, audit_copy,
//      exported_at, exported_by, export_chain_head, anything else stored there;
//   5. every register table, links, attachments, methodology tables, assessment snapshots, the
//      risk approvals, assessment runs' kept methodologies and the SoA versions (schema 4 on) and the change log, table by table in a fixed order (digestTables), rows in key order.
// The signature keys are left out because the signature is made over this digest; the sidecar's
// file SHA-256 covers them as bytes.

#include "domain/catalogue.h"
#include "domain/result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace isms::storage {

namespace sql {
class Connection;
}

// Meta keys that hold the signature and the signer: written after the digest, not part of it.
bool isSignatureMetaKey(std::string_view key);

Result<std::string> contentDigest(sql::Connection& db, const Catalogue& catalogue);
// SHA-256 of a file's bytes.
Result<std::string> fileSha256(const std::filesystem::path& file);

} // namespace isms::storage
