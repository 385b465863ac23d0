#pragma once
// Makes Qt's ODF package deterministic. QTextDocumentWriter's zip differs from run to run in two
// ways (both checked on Qt 6.4): QZipWriter stamps every entry with the clock's time, and the
// automatic styles of content.xml come out in QHash order, which Qt seeds anew in each process.
// This reads the package, puts the styles in the order of their names (and fixes Qt's column
// widths), and writes the entries
// again (mimetype first and stored, as ODF requires; the rest deflated) stamped with `when`.

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace isms::reports {

// The canonical form of the ODF package `zip`, or nullopt if it is not a zip this reads.
// `when` (UTC) becomes every entry's time; invalid or before 1980 gives 1980-01-01.
std::optional<QByteArray> canonicalOdfPackage(const QByteArray& zip, const QDateTime& when);

// content.xml with Qt's column widths, written as style:column-width="11.4%" (not valid ODF:
// word processors ignore it and make every column as wide), as style:rel-column-width="1143*".
QByteArray relativeColumnWidths(const QByteArray& contentXml);

// content.xml with its <office:automatic-styles> children sorted by style:name.
QByteArray sortAutomaticStyles(const QByteArray& contentXml);

} // namespace isms::reports
