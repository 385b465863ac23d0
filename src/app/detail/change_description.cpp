#include "app/detail/change_description.h"
#include "reports/domain_text.h"

#include "app/detail/approval_description.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/session/value_text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace isms::app {

namespace {

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}

QJsonObject parseObject(const std::string& json)
{
    if (json.empty())
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

Value fromJson(const QJsonValue& json, const FieldDef& field)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return json.toBool();
    case QJsonValue::Double: {
        const double d = json.toDouble();
        if (field.type == FieldType::Real)
            return d;
        return static_cast<std::int64_t>(std::llround(d));
    }
    case QJsonValue::String:
        if (field.type == FieldType::Date) {
            if (auto date = Date::parse(ss(json.toString())))
                return *date;
        }
        return ss(json.toString());
    default:
        return {};
    }
}

QString shown(DocumentSession& session, const FieldDef* field, const QJsonValue& json)
{
    if (json.isUndefined() || json.isNull())
        return tr("(empty)");
    if (!field)
        return json.toVariant().toString();
    const QString text = displayText(session, *field, fromJson(json, *field));
    return text.isEmpty() ? tr("(empty)") : text;
}

} // namespace

QString actionName(const std::string& action)
{
    if (action == "insert") return tr("Created");
    if (action == "update") return tr("Changed");
    if (action == "delete") return tr("Removed");
    if (action == "link") return tr("Linked");
    if (action == "unlink") return tr("Unlinked");
    if (action == "attach") return tr("Evidence attached");
    if (action == "detach") return tr("Evidence removed");
    if (action == "methodology") return tr("Methodology changed");
    if (action == "meta") return tr("File details changed");
    if (action == "approve") return tr("Treatment approved by the risk owner");
    if (action == "withdraw") return tr("Approval withdrawn");
    return qs(action);
}

QStringList describeChange(DocumentSession& session, const storage::ChangeEntry& entry)
{
    if (isApprovalEntry(entry))
        return describeApproval(session, entry);
    const RegisterDef* def = session.catalogue().find(entry.registerKey);
    const QJsonObject before = parseObject(entry.before);
    const QJsonObject after = parseObject(entry.after);
    QStringList keys = after.keys();
    for (const QString& key : before.keys())
        if (!keys.contains(key))
            keys.append(key);
    QStringList lines;
    for (const QString& key : keys) {
        const FieldDef* field = def ? def->field(ss(key)) : nullptr;
        const QString label = field ? reports::domainText(field->label) : key;
        if (entry.action == "update")
            lines << tr("%1: %2 \u2192 %3")
                         .arg(label, shown(session, field, before.value(key)),
                              shown(session, field, after.value(key)));
        else if (entry.action == "insert")
            lines << tr("%1: %2").arg(label, shown(session, field, after.value(key)));
        else if (!after.value(key).isUndefined())
            lines << tr("%1: %2").arg(label, shown(session, field, after.value(key)));
        else
            lines << tr("%1: %2").arg(label, shown(session, field, before.value(key)));
    }
    return lines;
}

} // namespace isms::app
