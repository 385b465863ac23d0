#pragma once
// Ctrl+K: jump to any record by typing part of its reference or title. Searches every register
// (or one, when choosing the target of a new link) in SQL and lists the first matches.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QDialog>

#include "domain/value.h"


#include <string>

class QLineEdit;
class QListWidget;
class QTimer;

namespace isms::app {

class DocumentSession;

class QuickOpen : public QDialog {
    Q_OBJECT

public:
    // `onlyRegister` empty or "*": every register.
    QuickOpen(DocumentSession& session, const QString& onlyRegister, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QListWidget* results() const { return m_results; }
    // Runs the search now (typing runs it after a short pause).
    void search();

    QString chosenRegister() const { return m_chosenRegister; }
    qint64 chosenId() const { return m_chosenId; }

signals:
    void recordChosen(const QString& registerKey, qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void choose();

    DocumentSession& m_session;
    std::string m_onlyRegister;
    QLineEdit* m_search;
    QListWidget* m_results;
    QTimer* m_delay;
    QString m_chosenRegister;
    qint64 m_chosenId = 0;
};

} // namespace isms::app
