#pragma once
// The one place where the domain's English texts (register and field labels, option labels,
// help, rule messages) become the user's language. The domain marks them for extraction and
// knows nothing of Qt; the reports, the CLI and the window all translate them through here.

#include "domain/message.h"

#include "domain/rule_item.h"

#include <QString>

#include <string_view>

namespace isms::reports {

// The translation context every domain text is extracted under.
inline constexpr const char* kDomainContext = "isms::domain";

// `english` translated for the loaded language, or itself when no translation is loaded.
QString domainText(std::string_view english);

// A rule's message in the loaded language: its template translated, then its values filled in.
// Values that are domain texts (MessageArg::domainText) and nested messages are translated too;
// the user's own values (refs, titles, dates) are shown as they are.
QString domainMessage(const Message& message);

// What a rule says about a record (overdue, a risk flag, an SoA issue, a readiness gap),
// translated: its Message where the rule gives one, else its English sentence.
QString ruleText(const RuleItem& item);

} // namespace isms::reports
