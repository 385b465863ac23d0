#pragma once
// Which file settings (rows of `meta`) the change log must account for.

#include <string_view>

namespace isms::storage {

// Every file setting is replayed from the change log ("meta" entries), except these, which
// other mechanisms prove: `change_log_head` is the chain's own anchor (verifyChain), and
// `audit_copy`, `content_digest` and every `export...` key (export_chain_head, exported_at,
// exported_by, signatures) are written once into an audit copy and proven by its digest or
// signature. This is the one place that list lives.
inline bool isReplayedMetaKey(std::string_view key)
{
    return key != "change_log_head" && key != "audit_copy" && key != "content_digest" && key.substr(0, 6) != "export";
}

} // namespace isms::storage
