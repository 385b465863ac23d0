#include "app/import/import_mapping_editor.h"

#include "app/import/csv_preview.h"
#include "reports/domain_text.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

namespace isms::app {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
std::string ss(const QString& text) { return text.toStdString(); }

// An item that shows text and cannot be edited or selected.
QTableWidgetItem* label(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

void prepare(QTableWidget* table, int rows)
{
    table->clearContents();
    table->setRowCount(rows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ImportMappingEditor::ImportMappingEditor(QTableWidget* columns, QTableWidget* words, QObject* parent)
    : QObject(parent), m_columns(columns), m_words(words)
{
}

QComboBox* ImportMappingEditor::columnChoice(int row) const
{
    return qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1));
}

QComboBox* ImportMappingEditor::wordChoice(int row) const
{
    return qobject_cast<QComboBox*>(m_words->cellWidget(row, 2));
}

void ImportMappingEditor::show(const Catalogue& catalogue, const RegisterDef& reg, const QStringList& header,
                               const std::vector<content::CsvColumn>& recognised,
                               const std::vector<content::UnknownWord>& words, const content::ImportMap& map)
{
    m_base = map;
    m_columnKeys.clear();
    m_wordList = words;
    prepare(m_columns, static_cast<int>(recognised.size()));
    for (int r = 0; r < static_cast<int>(recognised.size()); ++r) {
        const auto& column = recognised[static_cast<std::size_t>(r)];
        m_columnKeys.push_back(column.key);
        auto* name = label(r < header.size() ? header[r] : qs(column.key));
        if (!column.note.empty())  // why a column is left out ("taken from inherent_proba instead")
            name->setToolTip(tr("%1: %2").arg(name->text(), qs(column.note)));
        m_columns->setItem(r, 0, name);
        auto* choice = new QComboBox;
        choice->setAccessibleName(tr("Imports as, for column %1").arg(r < header.size() ? header[r] : qs(column.key)));
        // Automatic shows what the name alone gives (the heading, less the column's own name).
        QString automatic = columnHeading(catalogue, reg, column);
        if (const int arrow = automatic.indexOf(QStringLiteral(" \u2192 ")); arrow >= 0)
            automatic = automatic.mid(arrow + 3);
        choice->addItem(tr("Automatic (%1)").arg(automatic));
        choice->addItem(tr("Left out"), QString());
        choice->addItem(tr("Reference"), QStringLiteral("ref"));
        for (const auto& field : reg.fields)
            if (!field.computed)
                choice->addItem(reports::domainText(field.label), qs(field.key));
        for (const auto& link : catalogue.links())
            if (link.from == reg.key && link.to != "*")
                choice->addItem(tr("Links: %1").arg(reports::domainText(link.label)), qs(link.key));
        if (const auto chosen = map.columns.find(column.key); chosen != map.columns.end()) {
            const int index = choice->findData(qs(chosen->second));
            choice->setCurrentIndex(index < 0 ? 0 : index);
        }
        connect(choice, &QComboBox::activated, this, [this] { emit mapChanged(currentMap()); });
        m_columns->setCellWidget(r, 1, choice);
    }
    m_columns->resizeColumnToContents(0);

    prepare(m_words, static_cast<int>(words.size()));
    for (int r = 0; r < static_cast<int>(words.size()); ++r) {
        const auto& word = words[static_cast<std::size_t>(r)];
        m_words->setItem(r, 0, label(qs(word.word)));
        m_words->setItem(r, 1, label(qs(word.column)));
        auto* choice = new QComboBox;
        choice->setAccessibleName(tr("Meaning of %1").arg(qs(word.word)));
        choice->addItem(tr("Not chosen (the import refuses it)"));
        for (const auto& option : word.choices)
            choice->addItem(word.mapKey == "likelihood" || word.mapKey == "impact" ? qs(option.label)
                                                                                   : reports::domainText(option.label),
                            qs(option.key));
        const auto values = map.values.find(word.mapKey);
        if (values != map.values.end())
            if (const auto chosen = values->second.find(content::importKey(word.word)); chosen != values->second.end()) {
                const int index = choice->findData(qs(chosen->second));
                choice->setCurrentIndex(index < 0 ? 0 : index);
            }
        connect(choice, &QComboBox::activated, this, [this] { emit mapChanged(currentMap()); });
        m_words->setCellWidget(r, 2, choice);
    }
    m_words->resizeColumnToContents(0);
    m_words->resizeColumnToContents(1);
}

content::ImportMap ImportMappingEditor::currentMap() const
{
    content::ImportMap map = m_base;
    for (int r = 0; r < m_columns->rowCount() && r < static_cast<int>(m_columnKeys.size()); ++r) {
        const QComboBox* choice = columnChoice(r);
        if (!choice)
            continue;
        const std::string& key = m_columnKeys[static_cast<std::size_t>(r)];
        if (choice->currentIndex() <= 0)
            map.columns.erase(key);
        else
            map.columns[key] = ss(choice->currentData().toString());
    }
    for (int r = 0; r < m_words->rowCount() && r < static_cast<int>(m_wordList.size()); ++r) {
        const QComboBox* choice = wordChoice(r);
        if (!choice)
            continue;
        const auto& word = m_wordList[static_cast<std::size_t>(r)];
        auto& values = map.values[word.mapKey];
        if (choice->currentIndex() <= 0)
            values.erase(content::importKey(word.word));
        else
            values[content::importKey(word.word)] = ss(choice->currentData().toString());
        if (values.empty())
            map.values.erase(word.mapKey);
    }
    return map;
}

} // namespace isms::app
