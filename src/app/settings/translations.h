#pragma once
// Which language the window speaks: the system locale's, or the one --lang names, with Qt's own
// translations for the standard dialogs. The translations are compiled in (:/i18n/isms_xx.qm,
// from ui/translations); Qt's come from its translations folder when the system has them.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace isms::app {

struct LanguageChoice {
    QLocale locale;          // what the window formats and speaks
    bool translated = false; // a translation of ours was loaded (false: English)
    QString warning;         // for stderr when the requested language cannot be honoured
};

// The language --lang gives ("de", "de_DE", "en"), or the system locale's when `requested` is
// empty. Installs the translators on `app` (they live as long as it does); an unknown language
// or one without a translation leaves English and says so in `warning`.
LanguageChoice installTranslations(QCoreApplication& app, const QString& requested);

// The value of --lang on a raw command line ("--lang de" or "--lang=de"), read before the
// parser so that --help is already translated; empty when absent.
QString requestedLanguage(int argc, char* argv[]);

} // namespace isms::app
