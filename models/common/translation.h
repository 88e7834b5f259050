#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace vaultscope {

// A language of its own, apart from the window's: a report in German from an English window.
// Loaded once per job and passed along with it; copies share the translator and are read-only,
// so a worker thread can use one while the window keeps its own language.
class Translation
{
public:
    Translation(); // English, the source language
    // "en", "de" or "fr"; a language without a catalogue stays English.
    static Translation load(const QString &language);

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    // The translation of source in context, or source itself.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};

// The label of a thing in `language`, or in the window's language when it is null.
QString translated(const Translation *language, const char *context, const char *source);

} // namespace vaultscope
