// ismsctl set FILE REF FIELD=VALUE...: a generic edit of one record for scripts over many client
// files. Every value is read and checked on a read-only look first, and the record is written in
// one update through the same rules and change log as the window, so a refused value leaves the
// file exactly as it was and nothing is half-applied.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include "domain/value_text.h"

#include <QCoreApplication>

namespace isms::cli {

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

// The field of `reg` called `name`: its key (any case) or its label (any case).
const FieldDef* fieldNamed(const RegisterDef& reg, const QString& name)
{
    for (const FieldDef& f : reg.fields)
        if (name.compare(q(f.key), Qt::CaseInsensitive) == 0 || name.compare(q(f.label), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QString settableFields(const RegisterDef& reg)
{
    QStringList keys;
    for (const FieldDef& f : reg.fields)
        if (!f.computed)
            keys << q(f.key);
    return keys.join(QStringLiteral(", "));
}

} // namespace

int runSet(const QStringList& arguments)
{
    VerbParser verb(
        QStringLiteral("set"),
        tr("Sets fields of one record: REF is the record's reference in any register (R-003, A.5.15, P-001), "
           "each FIELD=VALUE a field's key or label and its new value as CSV takes it (dates YYYY-MM-DD, "
           "choices by key or label, yes/no, a reference by the other record's ref; an empty VALUE clears the "
           "field). The values are checked with the same rules as the window (scales, choices, required "
           "fields) and written in one change, logged in the history; if any is refused, nothing is written.\n"
           "Exit codes: 0 set (or already so); 1 refused: no such record, a value or field that is not valid, "
           "an audit copy, or the file cannot be opened for editing; 2 wrong usage: no FIELD=VALUE, or one "
           "without '='."));
    verb.positional(QStringLiteral("FILE"), tr("The .isms file (not an audit copy)."));
    verb.positional(QStringLiteral("REF"), tr("The record's reference, e.g. R-003."));
    verb.positional(QStringLiteral("FIELD=VALUE"), tr("One or more fields and their new values."),
                    QStringLiteral("FIELD=VALUE..."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("register"),
                 tr("The register REF is in, when the same ref is used in more than one (`ismsctl registers`)."),
                 QStringLiteral("KEY")});
    addAuthorOption(p);
    addWaitOption(p);
    if (auto stop = verb.parse(arguments, 3, 1000))
        return *stop;
    const QStringList given = verb.positionals();
    const auto path = toPath(given.at(0));
    const std::string ref = given.at(1).trimmed().toStdString();
    std::vector<std::pair<QString, QString>> assignments;
    for (int i = 2; i < given.size(); ++i) {
        const int eq = given.at(i).indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error(tr("'%1' is not FIELD=VALUE: give a field and its value, e.g. owner=P-002 (an empty value "
                     "clears the field, e.g. notes=).")
                      .arg(given.at(i))
                      .toStdString());
            return kUsage;
        }
        assignments.emplace_back(given.at(i).left(eq).trimmed(), given.at(i).mid(eq + 1));
    }
    const auto wait = waitFrom(p);
    if (!wait)
        return kUsage;
    const auto refused = [&](QString why) {
        if (!why.endsWith(QLatin1Char('.')))  // storage's messages may end without one
            why += QLatin1Char('.');
        error(displayPath(path) + ": " + why.toStdString() + " " + tr("Nothing was written.").toStdString());
        return kFailure;
    };

    const RegisterDef* reg = nullptr;
    Record record;
    {
        // Look before opening for writing, which alone would change the bytes of an audit copy
        // or upgrade an older file: refused input must leave the file as it was.
        auto peek = peekBeforeWriting(path, tr("Nothing was written.").toStdString());
        if (!peek)
            return kFailure;
        if (p.isSet(QStringLiteral("register"))) {
            reg = findRegister(*peek, p.value(QStringLiteral("register")));
            if (!reg)
                return kUsage;
            if (auto found = recordByRef(*peek, *reg, ref))
                record = *found;
            else
                return refused(tr("there is no record '%1' in %2. `ismsctl list FILE %3` lists them.")
                                   .arg(q(ref), q(reg->title), q(reg->key)));
        } else {
            QStringList holders;
            for (const RegisterDef& candidate : peek->catalogue().registers())
                if (auto found = recordByRef(*peek, candidate, ref)) {
                    if (!reg) {
                        reg = &candidate;
                        record = *found;
                    }
                    holders << q(candidate.key);
                }
            if (!reg)
                return refused(tr("no register holds a record '%1'. `ismsctl list FILE REGISTER` lists a register's "
                                  "records.")
                                   .arg(q(ref)));
            if (holders.size() > 1)
                return refused(tr("'%1' is a record of more than one register (%2): say which with --register.")
                                   .arg(q(ref), holders.join(QStringLiteral(", "))));
        }
        QStringList problems;
        for (const auto& [name, text] : assignments) {
            const FieldDef* field = fieldNamed(*reg, name);
            if (!field) {
                problems << tr("%1 has no field '%2'; its fields are %3.").arg(q(reg->title), name, settableFields(*reg));
                continue;
            }
            if (field->computed) {
                problems << tr("%1 (%2) is computed from other fields and cannot be set.").arg(q(field->label), q(field->key));
                continue;
            }
            Value value;
            if (field->type == FieldType::Reference && !text.trimmed().isEmpty()) {
                const RegisterDef& target = peek->catalogue().get(field->target);
                const auto other = recordByRef(*peek, target, text.trimmed().toStdString());
                if (!other) {
                    problems << tr("%1 (%2): there is no record '%3' in %4.")
                                    .arg(q(field->label), q(field->key), text.trimmed(), q(target.title));
                    continue;
                }
                value = other->id;
            } else {
                const ParsedValue parsed = parseValueText(*field, text.toStdString());
                if (!parsed.ok()) {
                    problems << tr("%1 (%2): %3.").arg(q(field->label), q(field->key), q(parsed.problem));
                    continue;
                }
                value = parsed.value;
            }
            record.values[*reg->indexOf(field->key)] = value;
        }
        if (!problems.isEmpty())
            return refused(problems.join(QStringLiteral(" ")));
    }
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(p), *wait);
    if (!file)
        return kFailure;
    // The record as it is now, with only the fields given changed: another program may have
    // edited it since the look.
    auto current = file->findByRef(*reg, record.ref);
    if (!current)
        return fail(path, current.error());
    if (!*current)
        return refused(tr("'%1' was deleted meanwhile.").arg(q(record.ref)));
    Record updated = **current;
    for (const auto& [name, text] : assignments) {
        const auto index = *reg->indexOf(fieldNamed(*reg, name)->key);
        updated.values[index] = record.values[index];
    }
    auto stored = file->update(*reg, updated);
    if (!stored)
        return refused(q(stored.error().message));
    QStringList keys;
    for (const auto& [name, text] : assignments)
        keys << q(fieldNamed(*reg, name)->key);
    out(tr("Set %1 of %2.").arg(keys.join(QStringLiteral(", ")), q(record.ref)).toStdString());
    return kOk;
}

} // namespace isms::cli
