#pragma once
// The evidence files attached to the current record: attach, open (a temporary copy opened with
// the desktop's viewer), remove. Attaching and removing are undoable.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QWidget>

#include "domain/value.h"
#include "storage/isms_file.h"


#include <string>
#include <vector>

class QListWidget;
class QPushButton;

namespace isms::app {

class DocumentSession;
class MessagePresenter;

class AttachmentsPanel : public QWidget {
    Q_OBJECT

public:
    AttachmentsPanel(DocumentSession& session, MessagePresenter& messages,
                     QWidget* parent = nullptr);

    void showRecord(const std::string& registerKey, RecordId id);
    QListWidget* list() const { return m_list; }

    // Each returns false after telling the user why (or when read-only).
    bool attachFile(const QString& path);
    // Writes the selected attachment to a temporary file; returns its path ("" on failure).
    QString exportSelected();
    bool openSelected();
    bool removeSelected();

private:
    void reload();
    const storage::Attachment* selected() const;
    void chooseAndAttach();

    DocumentSession& m_session;
    MessagePresenter& m_messages;
    QListWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_remove;
    std::string m_registerKey;
    RecordId m_id = 0;
    std::vector<storage::Attachment> m_attachments;
};

} // namespace isms::app
