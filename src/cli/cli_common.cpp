#include "cli_common.h"
#include "reports/writers/terminal_text.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>
#include <iostream>

namespace isms::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::cli", text);
}

using reports::terminalSafe;

VerbParser::VerbParser(const QString& verb, const QString& description) : m_verb(verb)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void VerbParser::positional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> VerbParser::parse(const QStringList& arguments, int required, int optional)
{
    // The verb is part of the command line but not a positional of its own.
    QStringList withoutVerb = arguments;
    if (withoutVerb.size() > 1)
        withoutVerb.removeAt(1);
    if (!m_parser.parse(withoutVerb)) {
        error(m_parser.errorText().toStdString() + "\nRun `ismsctl " + m_verb.toStdString()
              + " --help` for its usage.");
        return kUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // Qt names the program as it was invoked; show the verb too.
        help.replace(QStringLiteral("Usage: ") + arguments.value(0) + QStringLiteral(" "),
                     QStringLiteral("Usage: ismsctl ") + m_verb + QStringLiteral(" "));
        out(help.toStdString());
        return kOk;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < required || count > required + optional) {
        error("`ismsctl " + m_verb.toStdString() + "` expects "
              + (optional == 0 ? std::to_string(required)
                               : std::to_string(required) + " to " + std::to_string(required + optional))
              + " argument(s) but got " + std::to_string(count) + ". Run `ismsctl "
              + m_verb.toStdString() + " --help` for its usage.");
        return kUsage;
    }
    return std::nullopt;
}

std::filesystem::path toPath(const QString& argument)
{
    const QByteArray bytes = QFile::encodeName(argument);
    return std::filesystem::path(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

std::string displayPath(const std::filesystem::path& path)
{
    return path.string();
}

void out(const std::string& text)
{
    std::cout << terminalSafe(text);
    if (text.empty() || text.back() != '\n')
        std::cout << '\n';
    std::cout.flush();
}

void error(const std::string& text)
{
    std::cerr << "ismsctl: " << terminalSafe(text);
    if (text.empty() || text.back() != '\n')
        std::cerr << '\n';
    std::cerr.flush();
}

void addAuthorOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("author"),
                      QStringLiteral("Name recorded as the author of the changes (default: $USER)."),
                      QStringLiteral("NAME")});
}

std::string authorFrom(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("author")) && !parser.value(QStringLiteral("author")).isEmpty())
        return parser.value(QStringLiteral("author")).toStdString();
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user.toStdString();
    }
    // Services and CI jobs often run without USER set; the account name still says who it was.
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name && *account->pw_name)
        return account->pw_name;
    return "unknown";
}

const Clock& clock()
{
    static const SystemClock system;
    return system;
}

void addWaitOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("wait"),
                      QStringLiteral("If another program has the file open for editing (or is "
                                     "reading it), wait up to SECONDS for it instead of failing at "
                                     "once (default 0)."),
                      QStringLiteral("SECONDS")});
}

std::optional<std::chrono::milliseconds> waitFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("wait")))
        return std::chrono::milliseconds(0);
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("wait")).toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 86400) {
        error("--wait expects a number of seconds from 0 to 86400, not '"
              + parser.value(QStringLiteral("wait")).toStdString() + "'.");
        return std::nullopt;
    }
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

std::unique_ptr<storage::IsmsFile> openFile(const std::filesystem::path& path,
                                            storage::OpenMode mode, const std::string& author,
                                            std::chrono::milliseconds wait)
{
    storage::OpenOptions options;
    options.waitForEditor = wait;
    options.mode = mode;
    options.author = author;
    options.allowMigration = mode == storage::OpenMode::ReadWrite;
    auto opened = storage::IsmsFile::open(path, options, clock());
    if (!opened) {
        fail(path, opened.error());
        // "Open it read-only" means something else on the command line: say what works here.
        if (opened.error().code == ErrorCode::Locked && mode == storage::OpenMode::ReadWrite
            && opened.error().message.find("--wait") == std::string::npos)
            error("Reading verbs (info, list, check, history, export) work beside it now; to change "
                  "the file, close it there or add --wait SECONDS to wait for it.");
        return nullptr;
    }
    return std::move(opened).value();
}

const RegisterDef* findRegister(const storage::IsmsFile& file, const QString& key)
{
    const std::string wanted = key.trimmed().toLower().toStdString();
    if (const auto* found = file.catalogue().find(wanted))
        return found;
    std::string message = displayPath(file.path()) + ": there is no register called '"
        + key.toStdString() + "'.";
    for (const auto& r : file.catalogue().registers())
        if (!wanted.empty() && (r.key.rfind(wanted.substr(0, 3), 0) == 0 || r.singular == wanted)) {
            message += " Did you mean '" + r.key + "'?";
            break;
        }
    error(message + " Run `ismsctl registers` to list the register keys.");
    return nullptr;
}

int fail(const std::filesystem::path& path, const Error& failure)
{
    error(displayPath(path) + ": " + failure.message);
    return kFailure;
}

std::optional<Record> recordByRef(const storage::IsmsFile& file, const RegisterDef& reg, const std::string& ref)
{
    if (auto found = file.findByRef(reg, ref); found && *found)
        return **found;
    if (const std::string upper = QString::fromStdString(ref).toUpper().toStdString(); upper != ref)
        if (auto found = file.findByRef(reg, upper); found && *found)
            return **found;
    return std::nullopt;
}

Result<Record> personByRef(const storage::IsmsFile& file, const std::string& ref)
{
    if (auto person = recordByRef(file, file.catalogue().get(reg::people), ref))
        return *person;
    std::string other;
    for (const RegisterDef& reg : file.catalogue().registers())
        if (reg.key != reg::people && recordByRef(file, reg, ref)) {
            other = reg.singular;
            break;
        }
    return makeError(ErrorCode::Invalid,
                     "'" + ref + "' is " + (other.empty() ? std::string("not") : "a " + other + ", not")
                         + " a person of the people register: give the ref of a person (`ismsctl list FILE people` "
                           "lists them).");
}

std::unique_ptr<storage::IsmsFile> peekBeforeWriting(const std::filesystem::path& path,
                                                     const std::string& nothingDone)
{
    auto peek = openFile(path, storage::OpenMode::ReadOnly);
    if (peek && peek->info().auditCopy) {
        error(displayPath(path) + ": this is an audit copy and must stay exactly as it was exported; "
                                  "use the working file instead. " + nothingDone);
        return nullptr;
    }
    return peek;
}

} // namespace isms::cli
