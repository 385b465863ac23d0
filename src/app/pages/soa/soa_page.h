#pragma once
// The Statement of Applicability (6.1.3 d): the controls register's page, with what an auditor
// asks about shown in place. Each row adds the reasons for inclusion as the domain counts them
// and what the SoA rules find wrong with it; a bar above the table counts the problems and
// shows only the controls concerned; the title names the latest approved SoA version. All of it
// is worked out from the file the workspace keeps in memory, again after every change.

#include "app/models/soa_rows.h"
#include "app/pages/register/register_page.h"

#include <memory>

namespace isms::app {

class SoaColumns;
class SoaSummaryBar;

class SoaPage final : public RegisterPage {
    Q_OBJECT

public:
    SoaPage(PageInfo info, DocumentSession& session, const RegisterDef& def, MessagePresenter& messages,
            QWidget* parent = nullptr);
    ~SoaPage() override;

    // The controls register's line, in place of its generic register page.
    static PageDescription description(const RegisterDef& controls);

    SoaSummaryBar* summaryBar() const { return m_bar; }
    const SoaRows& rows() const;
    // The model columns of Reasons and SoA check.
    int reasonsColumn() const;
    int checkColumn() const;

    // The summary bar's button for Approve SoA Version… (the window's action, so its state and
    // tool tip are the Edit menu's).
    void setApproveVersionAction(QAction* action);
    // Reads the latest approved version into the summary bar (one query): after an approval
    // from this window, and for every Info change (how storage reports a new version).
    void showLatestVersion();

    void liveDataChanged(const IsmsData& data, const std::vector<storage::Change>* changes) override;
    void restoreState(const QByteArray& state) override;

private:
    // The first look's check column as wide as its longest entry, within a cap, once the first
    // rows are known (the first look is sized before them).
    void sizeCheckColumn();

    bool m_keptLayout = false;  // the user's own column layout was restored
    bool m_sized = false;

    DocumentSession& m_session;
    std::shared_ptr<SoaColumns> m_columns;
    SoaSummaryBar* m_bar;
};

} // namespace isms::app
