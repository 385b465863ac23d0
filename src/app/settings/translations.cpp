#include "app/settings/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <string_view>

namespace isms::app {

namespace {

// Where Qt's own catalogues (qtbase_de.qm) are: Qt's configured folder, else Debian's.
QString qtTranslationsFolder()
{
    const QString configured = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (QDir(configured).exists())
        return configured;
    return QStringLiteral("/usr/share/qt6/translations");
}

bool install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

LanguageChoice installTranslations(QCoreApplication& app, const QString& requested)
{
    LanguageChoice choice;
    choice.locale = QLocale::system();
    if (!requested.isEmpty()) {
        const QLocale asked(requested);
        // QLocale falls back to "C" for a name it does not know.
        if (asked.language() == QLocale::C && requested.compare(QStringLiteral("C"), Qt::CaseInsensitive) != 0) {
            choice.warning = QCoreApplication::translate(
                "isms::app::Translations", "Unknown language \"%1\" for --lang: the window stays in English. "
                "Give a language code such as de or en.").arg(requested);
            choice.locale = QLocale(QLocale::English);
            QLocale::setDefault(choice.locale);
            return choice;
        }
        choice.locale = asked;
        QLocale::setDefault(asked);
    }
    if (choice.locale.language() == QLocale::English || choice.locale.language() == QLocale::C)
        return choice;
    choice.translated = install(app, choice.locale, QStringLiteral("isms"), QStringLiteral(":/i18n"));
    if (!choice.translated) {
        if (!requested.isEmpty())
            choice.warning = QCoreApplication::translate(
                "isms::app::Translations", "There is no %1 translation of ISMS Desk yet: the window stays "
                "in English.").arg(QLocale::languageToString(choice.locale.language()));
        return choice;
    }
    // Standard dialogs (file chooser, message box buttons) in the same language, when Qt has it.
    install(app, choice.locale, QStringLiteral("qtbase"), qtTranslationsFolder());
    return choice;
}

QString requestedLanguage(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.rfind("--lang=", 0) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace isms::app
