#pragma once
// New ISMS file: three questions (organisation, scope, risk method) and where to keep the file.
// The wizard only asks; the caller creates the file from the template with the answers.

#include "domain/methodology.h"

#include <QString>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace isms::app {

class MessagePresenter;
class RiskMatrixWidget;
class RiskBandLegend;

struct NewFileRequest {
    QString organisation;   // trimmed, never empty
    QString scope;          // the scope statement; may be empty (the template's starter is kept)
    int matrixLevels = 5;   // N for an N x N methodology preset (3..10)
    QString path;           // absolute, ends in .isms
    bool replaceExisting = false;  // the user confirmed replacing the file already at path
    QString createFolder;   // the folder of `path`, to be made first; empty when it exists

    isms::Methodology methodology() const { return isms::Methodology::preset(matrixLevels); }
};

class NewFileWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { OrganisationPageId, MethodPageId, LocationPageId };

    // `presenter` asks before an existing file is replaced; `defaultFolder` is where the file is
    // proposed (when empty: the user's documents folder if it exists, else their home folder).
    NewFileWizard(MessagePresenter& presenter, const QString& defaultFolder = {},
                  QWidget* parent = nullptr);

    // What the user chose; meaningful once the wizard was accepted.
    NewFileRequest request() const;

    // New from a client template: the risk method comes from the template (its page is left
    // out) and the summary lists what the template brings instead of the standard start.
    void useTemplate(const QString& name, const QStringList& brings);
    bool usesTemplate() const { return !m_templateName.isEmpty(); }
    QLabel* createSummary() const { return m_createSummary; }

    QLineEdit* organisationEdit() const { return m_organisation; }
    QPlainTextEdit* scopeEdit() const { return m_scope; }
    QComboBox* presetCombo() const { return m_preset; }
    QLineEdit* pathEdit() const { return m_path; }
    RiskMatrixWidget* matrixPreview() const { return m_preview; }

    // Appends ".isms" unless the name already ends with it (any case).
    static QString withIsmsSuffix(const QString& path);

private:
    friend class OrganisationPage;
    friend class MethodPage;
    friend class LocationPage;

    bool validateOrganisation();
    bool validateLocation();
    void browse();
    void proposePath();
    void updatePreview();
    void updateSummary();

    MessagePresenter& m_presenter;
    QString m_defaultFolder;
    QLineEdit* m_organisation = nullptr;
    QLabel* m_organisationError = nullptr;
    QPlainTextEdit* m_scope = nullptr;
    QComboBox* m_preset = nullptr;
    QLabel* m_presetSummary = nullptr;
    RiskMatrixWidget* m_preview = nullptr;
    RiskBandLegend* m_legend = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_pathError = nullptr;
    QLabel* m_createSummary = nullptr;
    QString m_templateName;
    QStringList m_templateBrings;
    QString m_folderToCreate;
    bool m_pathEdited = false;
    bool m_replaceConfirmed = false;
};

} // namespace isms::app
