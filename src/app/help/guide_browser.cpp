#include "app/help/guide_browser.h"

#include <QImage>
#include <QTextDocument>

namespace isms::app {

QUrl userGuideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/user-guide.md"));
}

GuideBrowser::GuideBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guideBrowser"));
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return resource;
    QImage image;
    if (resource.canConvert<QByteArray>())
        image.loadFromData(resource.toByteArray());
    if (image.isNull()) {
        ++m_imagesMissing;
        return resource;
    }
    ++m_imagesLoaded;
    const qreal ratio = devicePixelRatioF();
    const int widest = static_cast<int>(kMaxImageWidth * ratio);
    if (image.width() > widest)
        image = image.scaledToWidth(widest, Qt::SmoothTransformation);
    image.setDevicePixelRatio(ratio);
    return image;
}

} // namespace isms::app
