// isms: the ISMS Desk window. Everything is in isms_app; this only reads the command line.

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/settings/logging.h"
#include "app/settings/translations.h"
#include "app/window/main_window.h"
#include "app/window/action_icons.h"
#include "app/window/dark_palette.h"
#include "app/window/screenshot.h"
#include "domain/clock.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <memory>
#include <string_view>

namespace {
// --help and --version print and exit: they must work without a display, so no QApplication.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ISMS Desk"));
    QApplication::setApplicationName(QStringLiteral("ISMS Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ISMS_VERSION));
    // Before any text is made, so that --help and every window text are in the chosen language.
    const isms::app::LanguageChoice language =
        isms::app::installTranslations(*app, isms::app::requestedLanguage(argc, argv));
    if (!language.warning.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(language.warning));
    QApplication::setWindowIcon(isms::app::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "An ISO/IEC 27001:2022 ISMS register in one file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The .isms file to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QApplication::translate("main", "Open the file without changing it (as an auditor)."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo file (made on first use)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to PNG and quit."),
        QStringLiteral("PNG"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("main", "With --screenshot: \"dashboard\" or a register key."),
        QStringLiteral("PAGE"));
    const QCommandLineOption dark(
        QStringLiteral("dark"),
        QApplication::translate("main", "Use a dark colour scheme whatever the desktop's."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "The language of the window, such as de or en (default: the "
                                        "system's)."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({readOnly, demo, screenshot, page, dark, lang});
    parser.process(*app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Give at most one file to open.")));
        return 2;
    }

    if (parser.isSet(dark))
        isms::app::useDarkPalette();
    isms::app::setupLogging();
    isms::app::AppSettings settings;
    isms::app::QtMessagePresenter messages;
    auto clock = std::make_shared<const isms::SystemClock>();
    isms::app::MainWindow window(messages, settings, clock);
    messages.setParentWidget(&window);
    window.show();

    if (parser.isSet(demo))
        window.openDemo();
    else if (!files.isEmpty())
        window.openFile(files.first(), parser.isSet(readOnly));

    if (parser.isSet(screenshot))
        isms::app::scheduleScreenshot(window, {parser.value(screenshot), parser.value(page)});
    return QApplication::exec();
}
