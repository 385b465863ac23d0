#include "cli/data_location.h"

#include "content/client_template.h"

#include <QStandardPaths>

namespace isms::cli {

std::filesystem::path dataLocation()
{
    // The desktop application's AppDataLocation: organisation and application are both
    // "ISMS Desk" there, while this program is called ismsctl.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return std::filesystem::path(generic.toStdString()) / "ISMS Desk" / "ISMS Desk";
}

std::filesystem::path templatesDir()
{
    return dataLocation() / "templates";
}

std::filesystem::path templatePathFor(const std::filesystem::path& nameOrPath)
{
    std::error_code ignored;
    if (nameOrPath.string().find('/') != std::string::npos || std::filesystem::is_regular_file(nameOrPath, ignored))
        return content::hasTemplateSuffix(nameOrPath) || std::filesystem::exists(nameOrPath, ignored)
                   ? nameOrPath
                   : content::withTemplateSuffix(nameOrPath);
    return content::withTemplateSuffix(templatesDir() / nameOrPath);
}

} // namespace isms::cli
