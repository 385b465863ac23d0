#pragma once
// What a user reads when a file cannot be opened or created: storage reports an isms::Error (a code
// and a technical message); this turns it into a dialog title, a plain sentence naming the file,
// and what to do about it. The storage message stays available as the dialog's details.

#include "domain/result.h"

#include <QString>

namespace isms::app {

class MessagePresenter;

struct FileErrorText {
    QString title;    // "This file is damaged"
    QString text;     // what happened, naming the file
    QString advice;   // what to do next
    QString details;  // the storage layer's own message, for the "Show Details" part

    // For an error returned while opening (or creating) the file at `path`.
    static FileErrorText forFile(const isms::Error& error, const QString& path);
    // For a file that opened but failed the page check running beside it, and was closed.
    static FileErrorText forFailedCheck(const isms::Error& error, const QString& path);

    // Text and advice as one message body.
    QString body() const;
    // Shows it as an error through the presenter.
    void present(MessagePresenter& presenter) const;
};

// The notice shown once after an open upgraded an older file.
struct MigrationNotice {
    QString title;
    QString text;
    static MigrationNotice forBackup(const QString& backupPath);
};

} // namespace isms::app
