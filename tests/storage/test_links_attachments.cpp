// Links read from both sides; attachments stored inside the file with their digest.

#include "test_support.h"

#include "storage/sha256.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

TEST_CASE("links are visible from both records and by type", "[links]")
{
    TempDir dir;
    auto file = createFile(dir / "l.isms");
    const RecordId risk = minimalRecord(*file, "risks");
    const RecordId c1 = minimalRecord(*file, "controls");
    const RecordId c2 = minimalRecord(*file, "controls");
    const auto& riskControls = file->catalogue().link("risk_controls");
    REQUIRE(file->link(riskControls, risk, "controls", c1).ok());
    REQUIRE(file->link(riskControls, risk, "controls", c2).ok());

    const Link first{"risk_controls", "risks", risk, "controls", c1};
    CHECK(file->links("risks", risk).value() == std::vector<Link>{first, Link{"risk_controls", "risks", risk, "controls", c2}});
    CHECK(file->links("controls", c1).value() == std::vector<Link>{first});
    CHECK(file->allLinks(riskControls)->size() == 2);

    auto again = file->link(riskControls, risk, "controls", c1);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.find("R-001") != std::string::npos);

    CHECK(file->link(riskControls, risk, "assets", c1).error().code == ErrorCode::Invalid);
    CHECK(file->link(riskControls, risk, "controls", 999).error().code == ErrorCode::NotFound);

    REQUIRE(file->unlink(riskControls, risk, "controls", c1).ok());
    CHECK(file->links("controls", c1)->empty());
    CHECK(file->unlink(riskControls, risk, "controls", c1).error().code == ErrorCode::NotFound);
}

TEST_CASE("evidence links may point at any register", "[links]")
{
    TempDir dir;
    auto file = createFile(dir / "e.isms");
    const RecordId clause = minimalRecord(*file, "clauses");
    const RecordId document = minimalRecord(*file, "documents");
    const RecordId audit = minimalRecord(*file, "audits");
    const auto& evidence = file->catalogue().link("clause_evidence");
    REQUIRE(file->link(evidence, clause, "documents", document).ok());
    REQUIRE(file->link(evidence, clause, "audits", audit).ok());
    CHECK(file->links("clauses", clause)->size() == 2);
    CHECK(file->links("audits", audit)->size() == 1);
    CHECK(file->link(evidence, clause, "nonsense", 1).error().code == ErrorCode::Invalid);
}

TEST_CASE("removing a record takes its links and restore brings them back", "[links][remove]")
{
    TempDir dir;
    auto file = createFile(dir / "lr.isms");
    const auto& risks = file->catalogue().get("risks");
    const RecordId risk = minimalRecord(*file, "risks");
    const RecordId asset = minimalRecord(*file, "assets");
    const RecordId issue = minimalRecord(*file, "issues");
    REQUIRE(file->link(file->catalogue().link("risk_assets"), risk, "assets", asset).ok());
    REQUIRE(file->link(file->catalogue().link("issue_risks"), issue, "risks", risk).ok());

    auto removed = file->remove(risks, risk);
    REQUIRE(removed.ok());
    CHECK(removed->links.size() == 2);
    CHECK(file->links("assets", asset)->empty());
    CHECK(file->links("issues", issue)->empty());

    REQUIRE(file->restore(risks, *removed).ok());
    CHECK(file->links("risks", risk)->size() == 2);
    CHECK(file->links("assets", asset)->size() == 1);
    CHECK(file->verifyChangeLog()->intact);
}

TEST_CASE("attachments keep their content, digest, size, name and media type", "[attachments]")
{
    TempDir dir;
    auto file = createFile(dir / "a.isms", "Frank");
    const RecordId document = minimalRecord(*file, "documents");
    std::vector<std::byte> content;
    for (int i = 0; i < 100000; ++i)
        content.push_back(static_cast<std::byte>(i * 31 % 256));
    auto stored = file->attach("documents", document, "policy.pdf", "application/pdf", content);
    REQUIRE(stored.ok());
    CHECK(stored->size == 100000);
    CHECK(stored->sha256 == sha256Hex(content.data(), content.size()));
    CHECK(stored->addedBy == "Frank");
    CHECK(stored->addedAt == testClock().nowUtc());

    auto empty = file->attach("documents", document, "empty.txt", "", {});
    REQUIRE(empty.ok());
    CHECK(empty->mediaType == "application/octet-stream");

    auto list = file->attachments("documents", document);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].name == "policy.pdf");
    CHECK((*list)[0].mediaType == "application/pdf");
    CHECK(file->attachmentContent(stored->id).value() == content);
    CHECK(file->attachmentContent(empty->id)->empty());

    CHECK(file->attach("documents", 999, "x", "", content).error().code == ErrorCode::NotFound);
    CHECK(file->attach("documents", document, "", "", content).error().code == ErrorCode::Invalid);

    REQUIRE(file->detach(stored->id).ok());
    CHECK(file->attachments("documents", document)->size() == 1);
    CHECK(file->attachmentContent(stored->id).error().code == ErrorCode::NotFound);
    CHECK(file->detach(stored->id).error().code == ErrorCode::NotFound);
    CHECK(file->history("documents", document)->front().action == "detach");
}

TEST_CASE("a removed record keeps its attachments for undo", "[attachments][remove]")
{
    TempDir dir;
    auto file = createFile(dir / "ar.isms");
    const auto& documents = file->catalogue().get("documents");
    const RecordId document = minimalRecord(*file, "documents");
    REQUIRE(file->attach("documents", document, "a.txt", "text/plain", {std::byte{1}}).ok());
    auto removed = file->remove(documents, document);
    REQUIRE(removed.ok());
    REQUIRE(file->restore(documents, *removed).ok());
    CHECK(file->attachments("documents", document)->size() == 1);
}
