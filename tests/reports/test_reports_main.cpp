// The reports lay text out with Qt Gui (fonts, QPdfWriter, QTextDocument), which needs a
// QGuiApplication; the offscreen platform gives one with no display, as the CLI does.
#include <catch2/catch_session.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
