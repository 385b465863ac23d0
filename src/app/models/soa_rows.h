#pragma once
// What the Statement of Applicability page shows beside each control, from the domain's SoA
// rules (domain/soa_rules.h) over the file as the workspace keeps it in memory: the reasons for
// inclusion as they really are (ticked, or following from the control's risks and requirements)
// and the problems the rules find, named and with the records involved. The rules are the
// domain's; this only gathers their answers per control and words them for the table.

#include "domain/soa_rules.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace isms::app {

enum class SoaProblemKind {
    Undecided,                    // soaCompleteness: no decision yet
    NoReason,                     // soaCompleteness: applicable, no reason for inclusion
    NoJustification,              // soaCompleteness: excluded, no justification
    ExcludedButTreatsRisk,        // soaInconsistencies
    ExcludedButImplemented,       // soaInconsistencies
    TreatsRiskWithoutRiskReason,  // soaInconsistencies
};
inline constexpr int kSoaProblemKinds = 6;

struct SoaProblem {
    SoaProblemKind kind = SoaProblemKind::Undecided;
    QString message;      // the rule's sentence, translated
    QStringList related;  // the risks or treatment actions involved, in ref order
};

struct SoaRow {
    SoaReasons reasons;  // as the domain counts them: ticked or following from links
    SoaReasons ticked;   // those ticked in the record itself
    std::vector<SoaProblem> problems;  // in the rules' order
};

struct SoaRows {
    QHash<RecordId, SoaRow> controls;  // every control of the register
    // The rule's sentence when fewer than the Annex A controls are listed, else empty.
    QString annexAGap;
    // The controls with a problem of `kind` (by id), and the records involved.
    std::vector<RecordId> withProblem(SoaProblemKind kind) const;
    QStringList relatedTo(SoaProblemKind kind) const;
    int problemCount() const;  // controls with any problem
};

SoaRows soaRows(const IsmsData& data);

// The reasons as short words ("Risk, Legal"); empty for none.
QString soaReasonWords(const SoaReasons& reasons);
// Each reason on a line, saying whether it was ticked or follows from the control's links.
QString soaReasonsToolTip(const SoaRow& row);
// The problem in a few words for the table ("Excluded, treats R-004").
QString soaProblemShortText(const SoaProblem& problem);

} // namespace isms::app
