// The auditor's notes file: a small SQLite file of its own, bound to one audit copy, which it
// only ever reads.

#include "storage/audit_notes.h"

#include "storage/content_digest.h"
#include "storage/file_location.h"
#include "storage/file_messages.h"
#include "storage/file_probe.h"
#include "storage/hex.h"
#include "storage/isms_file_impl.h"
#include "storage/sqlite.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>

namespace isms::storage {

namespace {

constexpr const char* kNotesSchema = R"SQL(
CREATE TABLE binding (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE notes (
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  clause TEXT NOT NULL,
  record_register TEXT NOT NULL,
  record_ref TEXT NOT NULL,
  text TEXT NOT NULL,
  evidence TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
)SQL";

constexpr const char* kNoteColumns =
    "id, type, clause, record_register, record_ref, text, evidence, author, created_at, updated_at";

std::string quotedName(const std::filesystem::path& file) { return "\"" + file.string() + "\""; }

Error notANotesFile(const std::filesystem::path& file)
{
    return makeError(ErrorCode::NotOurs,
                     quotedName(file) + " is not an ISMS Desk auditor notes file. It was left "
                                        "unchanged. Choose the .notes file the auditor sent.");
}

Error otherCopy(const std::filesystem::path& notes, const std::filesystem::path& copy)
{
    return makeError(ErrorCode::Conflict,
                     "The notes file " + quotedName(notes) + " belongs to another audit copy than "
                         + quotedName(copy) + " (or that copy was changed since). Nothing was "
                         "written. Keep notes on each copy in a notes file of its own.");
}

// The header says it is a complete notes file this program reads.
Result<void> probeNotesFile(const std::filesystem::path& file)
{
    auto header = readHeader(file);
    if (!header) {
        if (header.error().code == ErrorCode::NotOurs)
            return notANotesFile(file);
        return header.error();
    }
    if (header->applicationId != static_cast<std::uint32_t>(kNotesApplicationId))
        return notANotesFile(file);
    if (header->fileSize % header->pageSize != 0
        || (header->pageCount != 0 && header->fileSize < std::uintmax_t{header->pageCount} * header->pageSize))
        return makeError(ErrorCode::Corrupt, quotedName(file) + " is damaged (it was cut short) and "
                                                                "cannot be read. Ask the auditor to "
                                                                "send the notes file again.");
    if (header->userVersion > kNotesSchemaVersion)
        return makeError(ErrorCode::TooNew,
                         quotedName(file) + " was written by a newer version of ISMS Desk (notes "
                                            "format " + std::to_string(header->userVersion)
                             + "; this program reads up to " + std::to_string(kNotesSchemaVersion)
                             + "). Install a newer version to read it.");
    return {};
}

AuditNote noteFrom(sql::Statement& s)
{
    AuditNote n;
    n.id = s.columnText(0);
    n.type = s.columnText(1);
    n.clause = s.columnText(2);
    n.recordRegister = s.columnText(3);
    n.recordRef = s.columnText(4);
    n.text = s.columnText(5);
    n.evidence = s.columnText(6);
    n.author = s.columnText(7);
    n.createdAt = s.columnText(8);
    n.updatedAt = s.columnText(9);
    return n;
}

} // namespace

class AuditNotes::Impl {
public:
    std::filesystem::path path;
    std::unique_ptr<sql::Connection> db;
    CopyBinding binding;
    const Clock* clock = nullptr;
    std::string author;

    Result<void> readBinding()
    {
        auto s = db->prepare("SELECT key, value FROM binding");
        if (!s)
            return s.error();
        auto read = s->eachRow([&](sql::Statement& st) {
            const std::string key = st.columnText(0);
            if (key == "content_digest")
                binding.contentDigest = st.columnText(1);
            else if (key == "export_chain_head")
                binding.exportChainHead = st.columnText(1);
            else if (key == "file_sha256")
                binding.fileSha256 = st.columnText(1);
            else if (key == "copy_name")
                binding.copyName = st.columnText(1);
        });
        if (!read)
            return read;
        if (binding.contentDigest.empty() || binding.fileSha256.empty())
            return makeError(ErrorCode::Corrupt, quotedName(path) + " does not say which audit copy it "
                                                                    "belongs to, so it cannot be used. "
                                                                    "Ask the auditor to send it again.");
        return {};
    }

    // A file that passed the header probe but whose tables are not ours or are damaged.
    Result<void> checkReadable()
    {
        auto ok = db->queryText("PRAGMA quick_check");
        if (!ok || *ok != "ok")
            return makeError(ErrorCode::Corrupt, quotedName(path) + " is damaged and cannot be read. "
                                                                    "Ask the auditor to send the notes "
                                                                    "file again.");
        if (auto r = db->queryInt("SELECT count(*) FROM notes"); !r)
            return notANotesFile(path);
        return readBinding();
    }

    Result<void> requireOwn(const std::string& id, const char* doing)
    {
        auto s = db->cached("SELECT author FROM notes WHERE id = ?");
        if (!s)
            return s.error();
        (*s)->bind(1, id);
        auto row = (*s)->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorCode::NotFound, "There is no note " + id + " in " + quotedName(path) + ".");
        const std::string owner = (*s)->columnText(0);
        if (owner != author)
            return makeError(ErrorCode::ReadOnly, std::string("This note was written by ") + owner
                                                      + "; only its author can " + doing + " it.");
        return {};
    }
};

std::filesystem::path notesPathFor(const std::filesystem::path& copy)
{
    return std::filesystem::path(copy.string() + ".notes");
}

Result<CopyBinding> bindingOfCopy(const std::filesystem::path& copy)
{
    static const SystemClock clock;
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    CopyBinding binding;
    {
        auto impl = IsmsFile::Impl::open(copy, options, clock);
        if (!impl)
            return impl.error();
        auto value = [&](const char* key) {
            auto v = (*impl)->meta(key);
            return v ? *v : std::string();
        };
        if (value("audit_copy") != "1")
            return makeError(ErrorCode::Invalid,
                             quotedName(copy) + " is not an audit copy. Auditor notes are kept on "
                                                "audit copies (ismsctl export FILE OUT --audit-copy).");
        binding.contentDigest = value("content_digest");
        binding.exportChainHead = value("export_chain_head");
    }
    auto sha = fileSha256(copy);
    if (!sha)
        return sha.error();
    binding.fileSha256 = *sha;
    binding.copyName = copy.filename().string();
    return binding;
}

Result<void> validateNote(const AuditNote& note, const Catalogue& catalogue)
{
    const std::string name = "Note " + (note.id.empty() ? std::string("(new)") : note.id);
    const FieldDef* type = catalogue.get(reg::findings).field("type");
    if (!type || !type->hasOption(note.type)) {
        std::string known;
        if (type)
            for (const auto& option : type->options)
                known += (known.empty() ? "" : ", ") + option.key;
        return makeError(ErrorCode::Invalid, name + " has the finding type \"" + note.type
                                                 + "\", which is not one of " + known + ".");
    }
    if (note.text.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(ErrorCode::Invalid, name + " has no text. Say what was found.");
    if (note.recordRegister.empty() != note.recordRef.empty())
        return makeError(ErrorCode::Invalid, name + " names a record by half: give both the register "
                                                    "and the ref, e.g. risks:R-003.");
    if (!note.recordRegister.empty() && !catalogue.find(note.recordRegister))
        return makeError(ErrorCode::Invalid, name + " names the register \"" + note.recordRegister
                                                 + "\", which does not exist (see ismsctl registers).");
    return {};
}

AuditNotes::AuditNotes(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
AuditNotes::~AuditNotes() = default;

Result<std::unique_ptr<AuditNotes>> AuditNotes::openForCopy(const std::filesystem::path& copy,
                                                            const std::filesystem::path& notesPath,
                                                            const Clock& clock, std::string author)
{
    auto binding = bindingOfCopy(copy);
    if (!binding)
        return binding.error();
    auto impl = std::make_unique<Impl>();
    impl->path = notesPath;
    impl->clock = &clock;
    impl->author = std::move(author);
    std::error_code ec;
    const bool exists = std::filesystem::exists(notesPath, ec);
    if (exists) {
        if (auto r = probeNotesFile(notesPath); !r)
            return r.error();
    }
    auto db = sql::Connection::open(notesPath.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                            | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return makeError(ErrorCode::Io, "Could not write the notes file " + quotedName(notesPath) + ": "
                                            + db.error().message + ". Choose a folder where you can write.");
    impl->db = std::move(*db);
    if (exists) {
        if (auto r = impl->checkReadable(); !r)
            return r.error();
        if (impl->binding.fileSha256 != binding->fileSha256
            || impl->binding.contentDigest != binding->contentDigest
            || impl->binding.exportChainHead != binding->exportChainHead)
            return otherCopy(notesPath, copy);
        return std::unique_ptr<AuditNotes>(new AuditNotes(std::move(impl)));
    }
    sql::Connection& c = *impl->db;
    const std::string pragmas = "PRAGMA application_id = " + std::to_string(kNotesApplicationId)
        + "; PRAGMA user_version = " + std::to_string(kNotesSchemaVersion) + ";";
    auto made = [&]() -> Result<void> {
        if (auto r = c.exec("BEGIN IMMEDIATE"); !r)
            return r;
        if (auto r = c.exec(pragmas + kNotesSchema); !r)
            return r;
        auto s = c.prepare("INSERT INTO binding (key, value) VALUES (?, ?)");
        if (!s)
            return s.error();
        for (const auto& [key, value] : {std::pair<const char*, std::string>{"content_digest", binding->contentDigest},
                                         {"export_chain_head", binding->exportChainHead},
                                         {"file_sha256", binding->fileSha256},
                                         {"copy_name", binding->copyName},
                                         {"created_at", clock.nowUtc()}}) {
            s->bind(1, key);
            s->bind(2, value);
            if (auto r = s->run(); !r)
                return r;
            s->reset();
        }
        return c.exec("COMMIT");
    }();
    if (!made) {
        impl->db.reset();
        std::filesystem::remove(notesPath, ec);
        return makeError(ErrorCode::Io, "Could not start the notes file " + quotedName(notesPath) + ": "
                                            + made.error().message);
    }
    impl->binding = *binding;
    return std::unique_ptr<AuditNotes>(new AuditNotes(std::move(impl)));
}

Result<std::unique_ptr<AuditNotes>> AuditNotes::openToRead(const std::filesystem::path& notesPath)
{
    if (auto r = probeNotesFile(notesPath); !r)
        return r.error();
    auto db = sql::Connection::open(readOnlyUri(notesPath, true),
                                    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return messages::openFailure(notesPath, db.error());
    auto impl = std::make_unique<Impl>();
    impl->path = notesPath;
    impl->db = std::move(*db);
    if (auto r = impl->checkReadable(); !r)
        return r.error();
    return std::unique_ptr<AuditNotes>(new AuditNotes(std::move(impl)));
}

const std::filesystem::path& AuditNotes::path() const { return m_impl->path; }
const CopyBinding& AuditNotes::binding() const { return m_impl->binding; }
const std::string& AuditNotes::author() const { return m_impl->author; }

Result<std::vector<AuditNote>> AuditNotes::list() const
{
    auto s = m_impl->db->prepare(std::string("SELECT ") + kNoteColumns + " FROM notes ORDER BY rowid");
    if (!s)
        return s.error();
    std::vector<AuditNote> notes;
    auto read = s->eachRow([&](sql::Statement& st) { notes.push_back(noteFrom(st)); });
    if (!read)
        return makeError(ErrorCode::Corrupt, quotedName(m_impl->path) + " could not be read: "
                                                 + read.error().message);
    return notes;
}

Result<AuditNote> AuditNotes::add(AuditNote note)
{
    if (!m_impl->clock)
        return makeError(ErrorCode::ReadOnly, quotedName(m_impl->path) + " was opened only to read.");
    note.id.clear();
    if (auto r = validateNote(note, Catalogue::standard()); !r)
        return r.error();
    note.id = randomHex(16);
    if (note.id.empty())
        return makeError(ErrorCode::Internal, "No random source for a note id.");
    note.author = m_impl->author;
    note.createdAt = note.updatedAt = m_impl->clock->nowUtc();
    auto s = m_impl->db->cached(std::string("INSERT INTO notes (") + kNoteColumns
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    int i = 1;
    for (const std::string* v : {&note.id, &note.type, &note.clause, &note.recordRegister, &note.recordRef,
                                 &note.text, &note.evidence, &note.author, &note.createdAt, &note.updatedAt})
        (*s)->bind(i++, *v);
    if (auto r = (*s)->run(); !r)
        return makeError(ErrorCode::Io, "Could not write the note to " + quotedName(m_impl->path) + ": "
                                            + r.error().message);
    return note;
}

Result<AuditNote> AuditNotes::update(const AuditNote& note)
{
    if (!m_impl->clock)
        return makeError(ErrorCode::ReadOnly, quotedName(m_impl->path) + " was opened only to read.");
    if (auto r = m_impl->requireOwn(note.id, "change"); !r)
        return r.error();
    if (auto r = validateNote(note, Catalogue::standard()); !r)
        return r.error();
    AuditNote stored = note;
    stored.updatedAt = m_impl->clock->nowUtc();
    auto s = m_impl->db->cached("UPDATE notes SET type = ?, clause = ?, record_register = ?, record_ref = ?, "
                                "text = ?, evidence = ?, updated_at = ? WHERE id = ?");
    if (!s)
        return s.error();
    int i = 1;
    for (const std::string* v : {&stored.type, &stored.clause, &stored.recordRegister, &stored.recordRef,
                                 &stored.text, &stored.evidence, &stored.updatedAt, &stored.id})
        (*s)->bind(i++, *v);
    if (auto r = (*s)->run(); !r)
        return makeError(ErrorCode::Io, "Could not write the note to " + quotedName(m_impl->path) + ": "
                                            + r.error().message);
    auto all = list();
    if (!all)
        return all.error();
    for (const auto& n : *all)
        if (n.id == stored.id)
            return n;
    return stored;
}

Result<void> AuditNotes::remove(const std::string& id)
{
    if (!m_impl->clock)
        return makeError(ErrorCode::ReadOnly, quotedName(m_impl->path) + " was opened only to read.");
    if (auto r = m_impl->requireOwn(id, "delete"); !r)
        return r;
    auto s = m_impl->db->cached("DELETE FROM notes WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    return (*s)->run();
}

} // namespace isms::storage
