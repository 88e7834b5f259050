#include "entryfilter.h"

#include "import/vocabulary.h"

namespace vaultscope {

void EntryFilter::setText(const QString &text)
{
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool EntryFilter::isEmpty() const
{
    return m_words.isEmpty() && m_supported.isEmpty() && m_responsibility.isEmpty();
}

bool EntryFilter::accepts(const Entry &e) const
{
    if (!m_supported.isEmpty() && !m_supported.contains(vocabulary::normalizedSupport(e.supported)))
        return false;
    if (!m_responsibility.isEmpty() &&
        !m_responsibility.contains(vocabulary::normalizedResponsibility(e.responsibility)))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString *fields[] = {&e.controlId, &e.name,        &e.category,  &e.notes,
                               &e.guidance,  &e.description, &e.supported, &e.responsibility};
    for (const QString &word : m_words) {
        bool found = std::any_of(std::begin(fields), std::end(fields), [&word](const QString *f) {
            return f->contains(word, Qt::CaseInsensitive);
        });
        found = found || std::any_of(e.nameDetails.cbegin(), e.nameDetails.cend(), [&word](const QString &d) {
                    return d.contains(word, Qt::CaseInsensitive);
                });
        if (!found)
            return false;
    }
    return true;
}

} // namespace vaultscope
