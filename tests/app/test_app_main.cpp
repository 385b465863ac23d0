// The app tests need a QApplication; offscreen, so they run (and are discovered) without a display.
#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch_session.hpp>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs test cases in parallel processes: a home of its own for each keeps their data
    // locations (signing keys, templates, the test-mode settings) from meeting.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ISMS Desk Tests"));
    QApplication::setApplicationName(QStringLiteral("test_app"));
    // Window geometry and header states go to a throwaway settings store.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
