#include "entryfilter.h"

#include "import/vocabulary.h"

#include <QRegularExpression>

namespace vaultscope {

namespace {

bool isFrameworkWord(const QString &word)
{
    for (const char *name : {"cis", "nist", "pci", "pci-dss"}) {
        if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isVersionWord(const QString &word)
{
    static const QRegularExpression version(QStringLiteral("^(v\\d+(\\.\\d+)*|r\\d+|sp800-53)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return version.match(word).hasMatch();
}

bool hasMapping(const Entry &e, const EntryFilter::MappingTerm &term)
{
    return std::any_of(e.mappings.cbegin(), e.mappings.cend(), [&term](const Mapping &m) {
        const QStringList words = m.framework.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool framework =
            std::all_of(term.framework.cbegin(), term.framework.cend(), [&](const QString &w) {
                return std::any_of(words.cbegin(), words.cend(),
                                   [&w](const QString &fw) { return fw.startsWith(w, Qt::CaseInsensitive); });
            });
        return framework && m.ids.contains(term.id, Qt::CaseInsensitive);
    });
}

} // namespace

void EntryFilter::setText(const QString &text)
{
    m_text = text;
    m_words.clear();
    m_mappingTerms.clear();
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        if (isFrameworkWord(words.at(i))) {
            MappingTerm term{{words.at(i)}, {}};
            int j = i + 1;
            while (j < words.size() - 1 && isVersionWord(words.at(j)))
                term.framework.append(words.at(j++));
            if (j < words.size()) {
                term.id = words.at(j);
                m_mappingTerms.append(term);
                i = j;
                continue;
            }
        }
        m_words.append(words.at(i));
    }
}

bool EntryFilter::isEmpty() const
{
    return m_words.isEmpty() && m_mappingTerms.isEmpty() && m_supported.isEmpty() &&
           m_responsibility.isEmpty();
}

bool EntryFilter::accepts(const Entry &e) const
{
    if (!m_supported.isEmpty() && !m_supported.contains(vocabulary::normalizedSupport(e.supported)))
        return false;
    if (!m_responsibility.isEmpty() &&
        !m_responsibility.contains(vocabulary::normalizedResponsibility(e.responsibility)))
        return false;
    for (const MappingTerm &term : m_mappingTerms) {
        if (!hasMapping(e, term))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString *fields[] = {&e.controlId, &e.name,        &e.category,  &e.notes,
                               &e.guidance,  &e.description, &e.supported, &e.responsibility};
    for (const QString &word : m_words) {
        bool found = std::any_of(std::begin(fields), std::end(fields), [&word](const QString *f) {
            return f->contains(word, Qt::CaseInsensitive);
        });
        found = found || mappingsText(e.mappings).contains(word, Qt::CaseInsensitive);
        found = found || std::any_of(e.nameDetails.cbegin(), e.nameDetails.cend(), [&word](const QString &d) {
                    return d.contains(word, Qt::CaseInsensitive);
                });
        if (!found)
            return false;
    }
    return true;
}

} // namespace vaultscope
