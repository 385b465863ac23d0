#pragma once
// Help › About ISMS Desk: the version (CMake's project version), the file format this program
// writes (storage's schema version), the licence (its full text is compiled in) and the versions
// of the libraries actually loaded.

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace isms::app {

struct AboutFacts {
    QString version;        // "0.1.0"
    int schemaVersion = 0;  // storage::kSchemaVersion
    QString qtRuntime;      // the Qt loaded now
    QString qtBuilt;        // the Qt this was built with
    QString sqlite;
    QString sodium;
};

AboutFacts aboutFacts();

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;
    QString fileFormatText() const;
    QString licenceText() const;  // the full licence (Show Licence)
    QString librariesText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace isms::app
