#pragma once
// The import dialog's mapping step: a row per column of the file with what it imports as
// (Automatic, Left out, the ref, a field or a link), and a row per word of the file that no level
// or option matches with what it means. The choices make a content::ImportMap, which the dialog
// checks the file with and Save Mapping… writes for the next import or `ismsctl import --map`.
// It shows what it is given and reports choices; the rules are the content layer's.

#include "content/csv_columns.h"
#include "content/import_map.h"
#include "content/import_words.h"
#include "domain/catalogue.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QComboBox;
class QTableWidget;

namespace isms::app {

class ImportMappingEditor : public QObject {
    Q_OBJECT

public:
    ImportMappingEditor(QTableWidget* columns, QTableWidget* words, QObject* parent = nullptr);

    // Fills both tables; `map` says which choices are made already.
    void show(const Catalogue& catalogue, const RegisterDef& reg, const QStringList& header,
              const std::vector<content::CsvColumn>& recognised, const std::vector<content::UnknownWord>& words,
              const content::ImportMap& map);

    QComboBox* columnChoice(int row) const;
    QComboBox* wordChoice(int row) const;

signals:
    // The map the current choices make (entries for other registers' columns are kept).
    void mapChanged(const content::ImportMap& map);

private:
    content::ImportMap currentMap() const;

    QTableWidget* m_columns;
    QTableWidget* m_words;
    content::ImportMap m_base;  // what `show` was given
    std::vector<std::string> m_columnKeys;
    std::vector<content::UnknownWord> m_wordList;
};

} // namespace isms::app
