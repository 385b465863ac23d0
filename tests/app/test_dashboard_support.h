#pragma once
// Shared by the dashboard tests: readable QString in failure messages, and offscreen renders of the widgets, for reviewing how they look. Written to $ISMS_SCREENSHOT_DIR
// when it is set, else to a temporary folder that is removed afterwards.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>
#include <QWidget>

#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>

#include <memory>

template <>
struct Catch::StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

namespace isms::app::test {

inline QString screenshotDir()
{
    const QString wanted = qEnvironmentVariable("ISMS_SCREENSHOT_DIR");
    if (!wanted.isEmpty()) {
        QDir().mkpath(wanted);
        return wanted;
    }
    static QTemporaryDir temporary;
    return temporary.path();
}

// Lays the widget out at `size`, grabs it and saves NAME.png; fails when nothing was painted.
inline void saveScreenshot(QWidget& widget, const QSize& size, const QString& name)
{
    widget.resize(size);
    widget.show();
    widget.ensurePolished();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    REQUIRE_FALSE(pixmap.isNull());
    CHECK(pixmap.size() == size * pixmap.devicePixelRatio());
    // Something besides the background was drawn.
    const QImage image = pixmap.toImage();
    const QRgb background = image.pixel(0, 0);
    bool painted = false;
    for (int y = 0; y < image.height() && !painted; y += 3)
        for (int x = 0; x < image.width() && !painted; x += 3)
            painted = image.pixel(x, y) != background;
    CHECK(painted);
    CHECK(pixmap.save(QDir(screenshotDir()).filePath(name + QStringLiteral(".png"))));
}

} // namespace isms::app::test
