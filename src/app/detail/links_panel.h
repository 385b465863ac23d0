#pragma once
// The links of the current record, each one click (or Enter) away, described with the LinkDef's
// label as seen from this record ("Treated by control", or "Treats risk" from the other end).
// Adding and removing links are undoable commands.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QWidget>

#include "domain/value.h"


#include <string>

class QListWidget;
class QToolButton;

namespace isms::app {

class DocumentSession;

class LinksPanel : public QWidget {
    Q_OBJECT

public:
    explicit LinksPanel(DocumentSession& session, QWidget* parent = nullptr);

    void showRecord(const std::string& registerKey, RecordId id);
    QListWidget* list() const { return m_list; }
    // Links the current record to `toRegister`/`toId` by link type `linkKey`, undoably; from
    // either end of the link type (the stored link keeps its `from` and `to`).
    void addLink(const std::string& linkKey, const std::string& toRegister, RecordId toId);
    void removeSelectedLink();

signals:
    void recordActivated(const QString& registerKey, qint64 id);
    // The user chose a link type to add: the window asks which record (quick open).
    void linkTargetRequested(const QString& linkKey, const QString& targetRegister);

private:
    void reload();
    void fillAddMenu();

    DocumentSession& m_session;
    QListWidget* m_list;
    QToolButton* m_add;
    QToolButton* m_remove;
    std::string m_registerKey;
    RecordId m_id = 0;
};

} // namespace isms::app
