#pragma once
// Replaces the file's risk methodology. Both directions go through IsmsFile::setMethodology, so
// every risk's levels are re-evaluated on redo and again on undo.

#include "app/commands/file_command.h"
#include "domain/methodology.h"

namespace isms::app {

class SetMethodologyCommand : public FileCommand {
public:
    SetMethodologyCommand(DocumentSession& session, Methodology before, Methodology after,
                          const QString& text);
    // Reads the current methodology from the file as the one to restore on undo.
    static Result<SetMethodologyCommand*> create(DocumentSession& session, Methodology after);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Methodology m_before;
    Methodology m_after;
};

} // namespace isms::app
