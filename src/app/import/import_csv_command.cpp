#include "app/import/import_csv_command.h"

#include "app/session/document_session.h"
#include "content/csv_import.h"

namespace isms::app {

ImportCsvCommand::ImportCsvCommand(DocumentSession& session, std::string registerKey,
                                   std::string csvBytes, std::shared_ptr<ImportOutcome> outcome,
                                   const QString& text)
    : FileCommand(session, text),
      m_registerKey(std::move(registerKey)),
      m_csvBytes(std::move(csvBytes)),
      m_outcome(std::move(outcome))
{
}

Result<void> ImportCsvCommand::firstImport()
{
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    auto summary = content::importCsv(session().file(), def, m_csvBytes);
    if (!summary) {
        m_outcome->error = QString::fromStdString(summary.error().message);
        return summary.error();
    }
    // The import joined this command's transaction: its records are visible here by ref.
    for (const std::string& ref : summary->refs) {
        auto found = session().file().findByRef(def, ref);
        if (!found)
            return found.error();
        if (!found->has_value())
            return makeError(ErrorCode::Internal, "The imported record " + ref + " was not found.");
        m_ids.push_back((*found)->id);
    }
    m_imported = true;
    m_outcome->done = true;
    m_outcome->refs = summary->refs;
    m_csvBytes.clear();
    m_csvBytes.shrink_to_fit();
    return Ok{};
}

Result<void> ImportCsvCommand::applyRedo()
{
    if (!m_imported)
        return firstImport();
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    // Undo removed the newest first: put them back oldest first.
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it)
        if (auto restored = session().file().restore(def, *it); !restored)
            return restored.error();
    m_removed.clear();
    return Ok{};
}

Result<void> ImportCsvCommand::applyUndo()
{
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    std::vector<storage::Removed> removed;
    removed.reserve(m_ids.size());
    for (auto it = m_ids.rbegin(); it != m_ids.rend(); ++it) {
        auto taken = session().file().remove(def, *it);
        if (!taken)
            return taken.error();
        removed.push_back(std::move(*taken));
    }
    m_removed = std::move(removed);
    return Ok{};
}

} // namespace isms::app
