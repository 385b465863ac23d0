#pragma once
// What every ismsctl verb shares: exit codes, argument parsing with --help, opening files with
// messages that name the file and say what to do, and register lookup.

#include "domain/clock.h"
#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace isms::cli {

enum ExitCode { kOk = 0, kFailure = 1, kUsage = 2 };

// The verbs' texts translated in the context lupdate files a free tr() of this namespace under.
QString tr(const char* text);

// A verb's parser: positional arguments described for --help, and the standard --help option.
class VerbParser {
public:
    VerbParser(const QString& verb, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    void positional(const QString& name, const QString& description, const QString& syntax = {});
    // Parses `arguments` (program name and verb first). Returns the exit code to stop with
    // (help printed: kOk; bad usage, message printed: kUsage), or nullopt to carry on. Exactly
    // `required` positionals must be present, at most `required + optional`.
    std::optional<int> parse(const QStringList& arguments, int required, int optional = 0);
    QStringList positionals() const { return m_parser.positionalArguments(); }

private:
    QString m_verb;
    QCommandLineParser m_parser;
};

std::filesystem::path toPath(const QString& argument);
std::string displayPath(const std::filesystem::path& path);

// stdout / stderr in UTF-8, control characters escaped (reports/writers/terminal_text.h); error() prefixes
// "ismsctl: ".
void out(const std::string& text);
void error(const std::string& text);

// The author recorded on changes: --author, else $USER, else "unknown".
std::string authorFrom(const QCommandLineParser& parser);
void addAuthorOption(QCommandLineParser& parser);

const Clock& clock();

// --wait SECONDS on verbs that write an existing file: wait that long for another editor (or a
// reader of the closed file) instead of failing at once. Readers never wait: they read beside an
// editor.
void addWaitOption(QCommandLineParser& parser);
// The wait asked for (0 when not given), or nullopt after printing why SECONDS is not valid.
std::optional<std::chrono::milliseconds> waitFrom(const QCommandLineParser& parser);

// Opens FILE, printing the storage's refusal (which names the problem) when it fails.
std::unique_ptr<storage::IsmsFile> openFile(const std::filesystem::path& path,
                                            storage::OpenMode mode, const std::string& author = {},
                                            std::chrono::milliseconds wait = {});

// The register called `key`, or nullptr after printing which keys exist.
const RegisterDef* findRegister(const storage::IsmsFile& file, const QString& key);

// The record of `reg` whose ref is `ref` as typed or in upper case ("r-003"), or nullopt.
std::optional<Record> recordByRef(const storage::IsmsFile& file, const RegisterDef& reg, const std::string& ref);

// The person of the people register called `ref` (as recordByRef finds it), or an Invalid error
// saying what `ref` is instead (a record of another register, or nothing) and how to list people.
Result<Record> personByRef(const storage::IsmsFile& file, const std::string& ref);

// The read-only look a writing verb takes before it opens FILE for writing: opening for writing
// alone would change an audit copy's bytes or upgrade an older file (taking a backup), so every
// refusal must be found here first. Returns the file open read-only, or nullptr after printing
// why it cannot be written; `nothingDone` ends the message ("Nothing was approved.").
std::unique_ptr<storage::IsmsFile> peekBeforeWriting(const std::filesystem::path& path,
                                                     const std::string& nothingDone);

// Prints an error result as "ismsctl: FILE: message".
int fail(const std::filesystem::path& path, const Error& error);

} // namespace isms::cli
