#pragma once
// A register's page: its RegisterView (title, filter, lazy table) generated from the register's
// description, so it has no Designer form. Every register of the catalogue gets one; a register
// that needs more (the Statement of Applicability, pages/soa) derives from it.

#include "app/pages/page.h"
#include "app/pages/page_registry.h"

namespace isms {
struct RegisterDef;
}

namespace isms::app {

class DocumentSession;
class MessagePresenter;
class RegisterView;

class RegisterPage : public Page {
    Q_OBJECT

public:
    RegisterPage(PageInfo info, DocumentSession& session, const RegisterDef& def,
                 MessagePresenter& messages, QWidget* parent = nullptr);

    // The registry's line for `def` (the catalogue outlives every page made from it).
    static PageDescription description(const RegisterDef& def);

    RegisterView* view() const { return m_view; }

    PageActions actions() const override;
    void trigger(PageAction action) override;
    bool showsRecordDetail() const override { return true; }
    bool selectRecord(qint64 id) override;
    qint64 currentRecord() const override;
    // The table's columns: which are shown, their order and widths.
    QByteArray saveState() const override;
    void restoreState(const QByteArray& state) override;
    // Where the columns were kept before pages existed, so users keep their layout.
    QString stateKey() const override;
    QString reportKind() const override;
    bool applyFilter(const RecordFilter& filter) override;

private:
    DocumentSession& m_session;
    RegisterView* m_view;
};

} // namespace isms::app
