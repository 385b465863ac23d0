#pragma once
// File › Import CSV… as one undoable step. The first redo runs the content layer's import
// (content::importCsv: everything checked first, all rows or none) inside the command's
// transaction; undo removes every record it added, newest first, in one transaction; redo
// after undo restores exactly those records (same ids and refs), so later commands stay valid.

#include "app/commands/file_command.h"
#include "storage/isms_file.h"

#include <memory>
#include <string>
#include <vector>

namespace isms::app {

// What the import did, read by the dialog after push (the stack drops a failed command).
struct ImportOutcome {
    bool done = false;
    std::vector<std::string> refs;  // the new records' refs, in CSV order
    QString error;                  // why nothing was imported
};

class ImportCsvCommand : public FileCommand {
public:
    ImportCsvCommand(DocumentSession& session, std::string registerKey, std::string csvBytes,
                     std::shared_ptr<ImportOutcome> outcome, const QString& text);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Result<void> firstImport();

    std::string m_registerKey;
    std::string m_csvBytes;  // kept until the first redo only
    std::shared_ptr<ImportOutcome> m_outcome;
    bool m_imported = false;
    std::vector<RecordId> m_ids;             // in CSV order
    std::vector<storage::Removed> m_removed;  // by the last undo, newest record first
};

} // namespace isms::app
