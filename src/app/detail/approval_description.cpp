#include "app/detail/approval_description.h"

#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"
#include "app/session/value_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace isms::app {

namespace {

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text)
{
    return QCoreApplication::translate("isms::app", text);
}

// A risk field's value from the approval's JSON, as the register shows it.
QString fieldText(DocumentSession& session, const char* key, const QJsonValue& json)
{
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    const FieldDef* field = risks.field(key);
    Value value;
    if (json.isDouble())
        value = static_cast<std::int64_t>(std::llround(json.toDouble()));
    else if (json.isString())
        value = ss(json.toString());
    const QString text = field ? displayText(session, *field, value) : QString();
    return text.isEmpty() ? tr("(not set)") : text;
}

} // namespace

bool isApprovalEntry(const storage::ChangeEntry& entry)
{
    return entry.action == "approve" || entry.action == "withdraw";
}

QStringList describeApproval(DocumentSession& session, const storage::ChangeEntry& entry)
{
    if (!isApprovalEntry(entry))
        return {};
    // An approval is given in `after` and withdrawn from `before`.
    const std::string& json = entry.action == "approve" ? entry.after : entry.before;
    const QJsonObject a = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    QStringList lines;
    lines << tr("Approved by: %1").arg(a.value(QStringLiteral("approver")).toString());
    lines << tr("Rationale: %1").arg(a.value(QStringLiteral("rationale")).toString());
    const QDate expires = QDate::fromString(a.value(QStringLiteral("expires_on")).toString(), Qt::ISODate);
    lines << (expires.isValid() ? tr("Holds until: %1").arg(QLocale().toString(expires, QLocale::ShortFormat))
                                : tr("Holds until: no expiry date"));
    lines << tr("Accepted: inherent level %1, residual level %2, treatment %3")
                 .arg(fieldText(session, "inherent_level", a.value(QStringLiteral("inherent_level"))),
                      fieldText(session, "residual_level", a.value(QStringLiteral("residual_level"))),
                      fieldText(session, "treatment", a.value(QStringLiteral("treatment"))));
    QStringList controls;
    for (const QJsonValue& id : a.value(QStringLiteral("treating_controls")).toArray())
        controls << session.labels().ref(std::string(reg::controls), static_cast<RecordId>(id.toDouble()));
    lines << (controls.isEmpty() ? tr("Treating controls: none")
                                 : tr("Treating controls: %1").arg(controls.join(QStringLiteral(", "))));
    lines << tr("Snapshot SHA-256: %1").arg(a.value(QStringLiteral("snapshot_sha256")).toString());
    return lines;
}

} // namespace isms::app
