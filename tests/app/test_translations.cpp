// The German translation reaches the window: register titles, field labels and rule messages
// from the domain, the window's own texts; an unknown language leaves English with a warning.

#include "window_fixture.h"

#include "app/models/register_table_model.h"
#include "app/settings/translations.h"
#include "app/views/register_view.h"
#include "app/window/navigation_tree.h"
#include "domain/catalogue.h"
#include "domain/soa_rules.h"
#include "reports/domain_text.h"

#include "language_guard.h"

#include <QCoreApplication>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

using test::LanguageGuard;

} // namespace

TEST_CASE("a window started with --lang de shows registers, fields and rule messages in German", "[translations]")
{
    LanguageGuard guard;
    const LanguageChoice choice = installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
    CHECK(choice.translated);
    CHECK(choice.warning.isEmpty());
    CHECK(choice.locale.language() == QLocale::German);

    test::DemoWindow w;
    w.openDemo();
    NavigationTree* nav = w.ws()->navigation();
    CHECK(nav->topLevelItem(1)->text(0) == QStringLiteral("4 Kontext"));
    REQUIRE(nav->itemFor(QStringLiteral("risks")) != nullptr);
    CHECK(nav->itemFor(QStringLiteral("risks"))->text(0) == QStringLiteral("Risiken und Chancen"));

    // A field label as the register's column header.
    w.ws()->showRegister(QStringLiteral("risks"));
    RegisterTableModel* model = w.ws()->currentRegisterView()->model();
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    CHECK(headers.contains(QStringLiteral("Risikoeigentümer")));
    CHECK_FALSE(headers.contains(QStringLiteral("Risk owner")));

    // A rule message with values: the template translated, the refs filled in as they are.
    const auto data = w.session().file().loadAll();
    REQUIRE(data);
    Message excluded(QT_TRANSLATE_NOOP("isms::domain",
                                       "Excluded in the SoA but chosen to treat risk %1: include the "
                                       "control or unlink it from the risk."));
    excluded.arg(std::string("R-007"));
    CHECK(reports::domainMessage(excluded)
          == QStringLiteral("In der Anwendbarkeitserklärung ausgeschlossen, aber zur Behandlung von "
                            "Risiko R-007 gewählt: Nehmen Sie die Maßnahme auf oder lösen Sie ihre "
                            "Verknüpfung mit dem Risiko."));
    // The rules' own messages on the demo come out German too, values and all.
    const SoaCompleteness soa = soaCompleteness(*data);
    for (const RuleItem& item : soa.missing) {
        const QString text = reports::domainMessage(item.what);
        CHECK_FALSE(text.isEmpty());
        CHECK(text != QString::fromStdString(item.message));
    }
    // A label inside a message is translated with it; the English stays for the CLI and the log.
    Message nested(QT_TRANSLATE_NOOP("isms::domain", "%1 is due today (%2)."));
    nested.arg(Message(QT_TRANSLATE_NOOP("isms::domain", "The planned audit"))).arg(std::string("2026-11-23"));
    CHECK(reports::domainMessage(nested) == QStringLiteral("Das geplante Audit ist heute fällig (2026-11-23)."));
    CHECK(english(nested) == "The planned audit is due today (2026-11-23).");
}

TEST_CASE("an unknown --lang warns and keeps English", "[translations]")
{
    LanguageGuard guard;
    const LanguageChoice choice =
        installTranslations(*QCoreApplication::instance(), QStringLiteral("xx-nonsense"));
    CHECK_FALSE(choice.translated);
    CHECK(choice.warning.contains(QStringLiteral("xx-nonsense")));
    CHECK(choice.warning.contains(QStringLiteral("English")));
    CHECK(reports::domainText("Risks and opportunities") == QStringLiteral("Risks and opportunities"));

    // A real language without a translation says so, and stays English too.
    const LanguageChoice french = installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
    CHECK_FALSE(french.translated);
    CHECK(french.warning.contains(QStringLiteral("English")));
    CHECK(reports::domainText("Risks and opportunities") == QStringLiteral("Risks and opportunities"));

    const LanguageChoice english = installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    CHECK_FALSE(english.translated);
    CHECK(english.warning.isEmpty());
}

TEST_CASE("the language is read from the raw command line (--lang)", "[translations]")
{
    char prog[] = "isms", lang[] = "--lang", de[] = "de", eq[] = "--lang=fr", file[] = "x.isms";
    char* spaced[] = {prog, file, lang, de};
    char* joined[] = {prog, eq};
    char* none[] = {prog, file};
    char* dangling[] = {prog, lang};
    CHECK(requestedLanguage(4, spaced) == QStringLiteral("de"));
    CHECK(requestedLanguage(2, joined) == QStringLiteral("fr"));
    CHECK(requestedLanguage(2, none).isEmpty());
    CHECK(requestedLanguage(2, dangling).isEmpty());
}
