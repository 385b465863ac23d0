#pragma once
// File › Import CSV or XLSX…: the chosen file previewed against a register (guessed from the
// file name and header, changeable), each column's field shown in its heading, every problem the
// content layer finds listed with its line, and Import only when there are none. The Columns and
// Words pages map what the names alone do not say (import_mapping_editor.h), a mapping can be
// saved and loaded, and rows may update records whose ref exists. Import is one undo step.

#include "content/csv_import.h"

#include <QDialog>

#include <memory>
#include <string>
#include <vector>

class QPushButton;
class QTableWidget;
class QListWidget;

namespace Ui {
class ImportCsvDialog;
}

namespace isms::app {

class DocumentSession;
class ImportMappingEditor;

class ImportCsvDialog : public QDialog {
    Q_OBJECT

public:
    // `fallbackRegister`: the register to offer when neither the name nor the header tells.
    ImportCsvDialog(DocumentSession& session, const QString& csvPath,
                    const std::string& fallbackRegister, QWidget* parent = nullptr);
    ~ImportCsvDialog() override;

    std::string registerKey() const;
    void setRegisterKey(const std::string& key);
    // Reads the file again (after the user corrected it) and checks it against the register.
    void reload();
    // Imports as one undo command; false (with the problems listed) when nothing was imported.
    bool importNow();

    // The mapping as JSON (content::importMapJson), for the next import or `ismsctl import --map`.
    bool saveMapping(const QString& path, QString* error = nullptr) const;
    // Uses a saved mapping; false with the reason when the file cannot be read or is not one.
    bool loadMapping(const QString& path, QString* error = nullptr);
    const content::ImportOptions& options() const { return m_options; }
    void setUpdate(bool update);
    void setCreateMissing(bool create);
    ImportMappingEditor* mappingEditor() const { return m_mapping; }

    QStringList problems() const;
    QString summaryText() const;
    QTableWidget* previewTable() const;
    QPushButton* importButton() const;
    const std::vector<std::string>& importedRefs() const { return m_summary.refs; }
    const content::ImportSummary& importSummary() const { return m_summary; }

private:
    void refresh();
    void showProblems(const QString& message);
    void markProblemRows(const std::vector<std::size_t>& lines, const QString& rowWord);
    void chooseAndLoadMapping();
    void chooseAndSaveMapping();

    DocumentSession& m_session;
    QString m_path;
    QByteArray m_bytes;
    QString m_readError;
    std::unique_ptr<Ui::ImportCsvDialog> m_ui;
    int m_recordCount = 0;
    content::ImportOptions m_options;
    ImportMappingEditor* m_mapping = nullptr;
    content::ImportSummary m_summary;
};

} // namespace isms::app
