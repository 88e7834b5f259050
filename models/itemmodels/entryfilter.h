#pragma once

#include "catalogue/baseline.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace vaultscope {

// What the catalogue's filter bar asks for, as a plain object the proxy model consults.
// Text matches every word (case-insensitive) anywhere in the entry; a framework and an id
// ("NIST AC-4", "CIS v8 3.12", "PCI 1.1") match that id exactly among the entry's mappings to that
// framework. The value sets match the normalised values (see vocabulary), empty sets match everything.
class EntryFilter
{
public:
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setSupported(const QSet<QString> &values) { m_supported = values; }
    QSet<QString> supported() const { return m_supported; }
    void setResponsibility(const QSet<QString> &values) { m_responsibility = values; }
    QSet<QString> responsibility() const { return m_responsibility; }

    bool isEmpty() const;
    bool accepts(const Entry &entry) const;

    bool operator==(const EntryFilter &) const = default;

    struct MappingTerm
    {
        QStringList framework; // words the framework's name must contain: "CIS", "v8"
        QString id;
        bool operator==(const MappingTerm &) const = default;
    };

private:
    QString m_text;
    QStringList m_words;
    QList<MappingTerm> m_mappingTerms;
    QSet<QString> m_supported;
    QSet<QString> m_responsibility;
};

} // namespace vaultscope
