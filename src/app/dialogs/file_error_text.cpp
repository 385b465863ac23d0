#include "app/dialogs/file_error_text.h"

#include "app/dialogs/message_presenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace isms::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::app::FileErrorText", text);
}

// The file's name as a user knows it; the whole path when it has none.
QString shownName(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace

FileErrorText FileErrorText::forFailedCheck(const isms::Error& error, const QString& path)
{
    FileErrorText t = forFile(error, path);
    if (error.code == ErrorCode::Corrupt) {
        t.text = tr("“%1” turned out to be damaged while it was being checked, so it was closed. "
                    "Nothing was written to it.").arg(shownName(path));
    }
    return t;
}

FileErrorText FileErrorText::forFile(const isms::Error& error, const QString& path)
{
    const QString name = shownName(path);
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    FileErrorText t;
    t.details = QString::fromStdString(error.message);
    switch (error.code) {
    case ErrorCode::NotFound:
        t.title = tr("File not found");
        t.text = tr("“%1” is no longer in %2.").arg(name, where);
        t.advice = tr("It may have been moved, renamed or deleted, or it is on a drive that is not "
                      "connected. Use Open… to find it, or remove it from the recent files.");
        break;
    case ErrorCode::NotOurs:
        t.title = tr("Not an ISMS Desk file");
        t.text = tr("“%1” is not an ISMS Desk file, so it was not opened.").arg(name);
        t.advice = tr("Choose a file ending in .isms that was made with ISMS Desk. To bring in "
                      "records from a spreadsheet, save them as CSV, open or create an ISMS "
                      "file, and choose File \u203a Import CSV or XLSX\u2026.");
        break;
    case ErrorCode::Corrupt:
        t.title = tr("This file is damaged");
        t.text = tr("“%1” is damaged or incomplete, so it was not opened. Nothing was written to "
                    "it.").arg(name);
        t.advice = tr("Open your most recent backup or exported copy of this file instead. Keep "
                      "the damaged file: it may still be recovered by someone with database "
                      "tools.");
        break;
    case ErrorCode::TooNew:
        t.title = tr("Made by a newer version");
        t.text = tr("“%1” was made by a newer version of ISMS Desk and this version cannot read "
                    "it. Nothing was written to it.").arg(name);
        t.advice = tr("Install the latest version of ISMS Desk to open it, or ask whoever sent "
                      "it for a copy saved by your version.");
        break;
    case ErrorCode::Locked:
        t.title = tr("File in use");
        t.text = tr("“%1” is open in another program or another ISMS Desk window.").arg(name);
        t.advice = tr("Close it there and try again, or open it read-only to look at it "
                      "without changing it.");
        break;
    case ErrorCode::ReadOnly:
        t.title = tr("File cannot be changed");
        t.text = tr("“%1” is read-only on disk, so ISMS Desk cannot save changes to it.").arg(name);
        t.advice = tr("Open it read-only to browse it, or copy it to a folder where you may "
                      "write and open the copy.");
        break;
    case ErrorCode::Io:
        t.title = tr("Could not use the file");
        t.text = tr("The system refused access to “%1”.").arg(name);
        t.advice = tr("Check that the disk is not full and that you may read and write in %1, "
                      "then try again.").arg(where);
        break;
    case ErrorCode::Invalid:
    case ErrorCode::Conflict:
    case ErrorCode::Cancelled:
        t.title = tr("Could not use the file");
        t.text = tr("“%1” could not be used.").arg(name);
        t.advice = tr("The details below say what was wrong; correct it and try again.");
        break;
    case ErrorCode::Internal:
        t.title = tr("Unexpected problem");
        t.text = tr("ISMS Desk met an unexpected problem with “%1”. Nothing was written to "
                    "it.").arg(name);
        t.advice = tr("Please report this, with the details below and the log file, so it can "
                      "be fixed.");
        break;
    }
    return t;
}

QString FileErrorText::body() const
{
    return text + QStringLiteral("\n\n") + advice;
}

void FileErrorText::present(MessagePresenter& presenter) const
{
    presenter.error(title, body(), details);
}

MigrationNotice MigrationNotice::forBackup(const QString& backupPath)
{
    // Its own context, as lupdate files these texts under the function's class.
    auto tr = [](const char* text) { return QCoreApplication::translate("isms::app::MigrationNotice", text); };
    return {tr("File upgraded"),
            tr("This file was upgraded to the current format. A backup of the original is at "
               "%1.")
                .arg(QDir::toNativeSeparators(backupPath))};
}

} // namespace isms::app
