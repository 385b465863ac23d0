// GUI tests need a QApplication, and it must be offscreen so no test opens a window or needs a
// display (and so test discovery works on a headless machine).
#include <QApplication>
#include <QLocale>

#include <catch2/catch_session.hpp>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Fixed locale: the tests compare dates as the dashboard shows them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ISMS Desk Tests"));
    QApplication::setApplicationName(QStringLiteral("test_dashboard"));
    return Catch::Session().run(argc, argv);
}
