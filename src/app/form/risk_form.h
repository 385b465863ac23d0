#pragma once
// The hand-built form of a risk (or opportunity) in the detail pane: scenario, inherent level,
// treatment, acceptance, status, in the sections of ui/forms/risk_form.ui. Each field uses the
// generic field editors and is written exactly as the generic form writes it (one undoable
// SetFieldsCommand); the affected assets and treating controls are lists of links (LinkCommand).
// The levels follow likelihood and impact as they are chosen, computed by the domain's
// applyRiskLevels. A field of the risks register the layout does not place is shown in "Other".

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "app/form/form_view.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

class QGroupBox;

namespace Ui {
class RiskForm;
}

namespace isms {
struct FieldDef;
struct RegisterDef;
}

namespace isms::app {

class DocumentSession;
class RiskLinkList;

class RiskForm : public FormView {
    Q_OBJECT

public:
    explicit RiskForm(DocumentSession& session, QWidget* parent = nullptr);
    // For a risks description other than the file's (a test of the "Other" section); it must
    // outlive the form, whose editors keep its fields.
    RiskForm(DocumentSession& session, const RegisterDef& risks, QWidget* parent = nullptr);
    ~RiskForm() override;

    void showRecord(const std::string& registerKey, RecordId id) override;
    void clear() override;
    std::string registerKey() const override;
    RecordId recordId() const override { return m_id; }
    FieldEditor* editor(const std::string& fieldKey) const override;

    RiskLinkList* assets() const { return m_assets; }
    RiskLinkList* controls() const { return m_controls; }
    // The sections, for tests and for what an opportunity shows.
    QGroupBox* scenarioSection() const;
    QGroupBox* acceptanceSection() const;
    QGroupBox* otherSection() const;

signals:
    void recordActivated(const QString& registerKey, qint64 id);

private:
    void build();
    void placeEditor(const FieldDef& field, FieldEditor* editor);
    void setTabOrder();
    void load();
    void reloadChoices();
    void updateLevels();
    void updateKind();

    DocumentSession& m_session;
    const RegisterDef& m_def;
    std::unique_ptr<Ui::RiskForm> m_ui;
    std::map<std::string, FieldEditor*> m_editors;
    RiskLinkList* m_assets = nullptr;
    RiskLinkList* m_controls = nullptr;
    std::map<QGroupBox*, QString> m_riskTitles;  // as the .ui names them, for a risk
    RecordId m_id = 0;
};

} // namespace isms::app
