#include "app/import/import_csv_command.h"

#include "app/session/document_session.h"

#include <algorithm>

namespace isms::app {

namespace {

Result<RecordId> idOf(const storage::IsmsFile& file, const RegisterDef& def, const std::string& ref)
{
    auto found = file.findByRef(def, ref);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::Internal, "The imported record " + ref + " was not found.");
    return (*found)->id;
}

} // namespace

ImportCsvCommand::ImportCsvCommand(DocumentSession& session, std::string registerKey, std::string bytes,
                                   content::ImportOptions options, std::shared_ptr<ImportOutcome> outcome,
                                   const QString& text)
    : FileCommand(session, text),
      m_registerKey(std::move(registerKey)),
      m_bytes(std::move(bytes)),
      m_options(std::move(options)),
      m_outcome(std::move(outcome))
{
}

Result<void> ImportCsvCommand::firstImport()
{
    auto& file = session().file();
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    for (const auto& link : file.catalogue().links())
        if (link.from == def.key)
            m_linkKeys.insert(link.key);

    // The records it may update, as they are: the import's own check names them.
    std::vector<RecordState> before;
    if (m_options.update) {
        auto planned = content::checkCsvImport(file, def, m_bytes, m_options);
        if (!planned) {
            m_outcome->error = QString::fromStdString(planned.error().message);
            return planned.error();
        }
        for (const auto& ref : planned->updatedRefs) {
            auto id = idOf(file, def, ref);
            if (!id)
                return id.error();
            auto state = captureState(file, def, *id, m_linkKeys);
            if (!state)
                return state.error();
            before.push_back(std::move(*state));
        }
    }

    auto summary = content::importCsv(file, def, m_bytes, m_options);
    if (!summary) {
        m_outcome->error = QString::fromStdString(summary.error().message);
        return summary.error();
    }
    // The import joined this command's transaction: what it wrote is visible here by ref.
    const RegisterDef& assets = session().catalogue().get(reg::assets);
    for (const std::string& ref : summary->createdRefs) {
        auto id = idOf(file, assets, ref);
        if (!id)
            return id.error();
        m_added.push_back({assets.key, *id});
    }
    for (const std::string& ref : summary->refs) {
        auto id = idOf(file, def, ref);
        if (!id)
            return id.error();
        m_added.push_back({def.key, *id});
    }
    for (auto& state : before) {
        const bool changed = std::find(summary->updatedRefs.begin(), summary->updatedRefs.end(), state.record.ref)
            != summary->updatedRefs.end();
        if (!changed)
            continue;
        auto after = captureState(file, def, state.record.id, m_linkKeys);
        if (!after)
            return after.error();
        m_before.push_back(std::move(state));
        m_after.push_back(std::move(*after));
    }
    m_imported = true;
    m_outcome->done = true;
    m_outcome->summary = *summary;
    m_bytes.clear();
    m_bytes.shrink_to_fit();
    return Ok{};
}

Result<void> ImportCsvCommand::applyRedo()
{
    if (!m_imported)
        return firstImport();
    auto& file = session().file();
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    // Undo removed the newest first: put them back oldest first (the assets before the records
    // whose links name them), then the updated records as the import left them.
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it)
        if (auto restored = file.restore(session().catalogue().get(it->first), it->second); !restored)
            return restored.error();
    m_removed.clear();
    for (const auto& state : m_after)
        if (auto applied = applyState(file, def, state, m_linkKeys); !applied)
            return applied;
    return Ok{};
}

Result<void> ImportCsvCommand::applyUndo()
{
    auto& file = session().file();
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    std::vector<std::pair<std::string, storage::Removed>> removed;
    removed.reserve(m_added.size());
    // Newest first, of the register imported into (`ofImported`) or of the others (the assets
    // the rows named).
    const auto removeAdded = [&](bool ofImported) -> Result<void> {
        for (auto it = m_added.rbegin(); it != m_added.rend(); ++it) {
            if ((it->registerKey == def.key) != ofImported)
                continue;
            auto taken = file.remove(session().catalogue().get(it->registerKey), it->id);
            if (!taken)
                return taken.error();
            removed.emplace_back(it->registerKey, std::move(*taken));
        }
        return Ok{};
    };
    // The new records, then the updated ones as they were (which drops their links to added
    // assets), then the added assets.
    if (auto records = removeAdded(true); !records)
        return records;
    for (const auto& state : m_before)
        if (auto applied = applyState(file, def, state, m_linkKeys); !applied)
            return applied;
    if (auto others = removeAdded(false); !others)
        return others;
    m_removed = std::move(removed);
    return Ok{};
}

} // namespace isms::app
