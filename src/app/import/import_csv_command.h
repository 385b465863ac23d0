#pragma once
// File › Import… as one undoable step. The first redo runs the content layer's import
// (content::importCsv: everything checked first, all rows or none) inside the command's
// transaction. Undo takes back everything it did, in one transaction: the records it added
// (newest first), the records it updated (values and links put back as they were), and the
// assets it added because a row named them. Redo after undo restores exactly those records
// (same ids and refs) and the updated state, so later commands stay valid.

#include "app/commands/file_command.h"
#include "app/import/record_state.h"
#include "content/csv_import.h"
#include "storage/isms_file.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace isms::app {

// What the import did, read by the dialog after push (the stack drops a failed command).
struct ImportOutcome {
    bool done = false;
    content::ImportSummary summary;
    QString error;  // why nothing was imported
};

class ImportCsvCommand : public FileCommand {
public:
    ImportCsvCommand(DocumentSession& session, std::string registerKey, std::string bytes,
                     content::ImportOptions options, std::shared_ptr<ImportOutcome> outcome,
                     const QString& text);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Result<void> firstImport();

    struct Added {
        std::string registerKey;
        RecordId id = 0;
    };

    std::string m_registerKey;
    std::string m_bytes;  // kept until the first redo only
    content::ImportOptions m_options;
    std::shared_ptr<ImportOutcome> m_outcome;
    bool m_imported = false;
    std::vector<Added> m_added;  // in the order they were added: created assets, then new records
    std::set<std::string> m_linkKeys;           // the link types an updated record's state covers
    std::vector<RecordState> m_before, m_after;  // the records it updated
    std::vector<std::pair<std::string, storage::Removed>> m_removed;  // by the last undo, newest first
};

} // namespace isms::app
