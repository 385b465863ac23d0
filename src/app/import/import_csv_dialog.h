#pragma once
// File › Import CSV…: the chosen file previewed against a register (guessed from the file name
// and header, changeable), each column's field shown in its heading, every problem the content
// layer finds listed with its line, and Import only when there are none. Import is one undo step.

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

    QStringList problems() const;
    QString summaryText() const;
    QTableWidget* previewTable() const;
    QPushButton* importButton() const;
    const std::vector<std::string>& importedRefs() const { return m_importedRefs; }

private:
    void refresh();
    void showProblems(const QString& message);
    void markProblemRows(const std::vector<std::size_t>& lines);

    DocumentSession& m_session;
    QString m_path;
    QByteArray m_bytes;
    QString m_readError;
    std::unique_ptr<Ui::ImportCsvDialog> m_ui;
    int m_recordCount = 0;
    std::vector<std::string> m_importedRefs;
};

} // namespace isms::app
