#pragma once
// The form of one record, generated from its RegisterDef. Each finished edit is written at once as
// one undoable SetFieldsCommand; the form follows the file when the record changes underneath
// (undo, redo, another view).

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "app/form/form_view.h"

#include "domain/record.h"

#include <map>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;

namespace isms::app {

class DocumentSession;
class FieldEditor;

class RecordForm : public FormView {
    Q_OBJECT

public:
    explicit RecordForm(DocumentSession& session, QWidget* parent = nullptr);

    void showRecord(const std::string& registerKey, RecordId id) override;
    void clear() override;
    std::string registerKey() const override { return m_registerKey; }
    RecordId recordId() const override { return m_id; }
    FieldEditor* editor(const std::string& fieldKey) const override;

private:
    void build(const RegisterDef& def);
    void load();
    void lockAnnexAFields(const Record& record);
    void commit(const FieldDef& field, FieldEditor* editor);

    DocumentSession& m_session;
    QFormLayout* m_layout;
    std::string m_registerKey;
    std::vector<FieldEditor*> m_fixedByStandard;  // locked for the record shown, not for the register
    RecordId m_id = 0;
    std::map<std::string, FieldEditor*> m_editors;
};

} // namespace isms::app
