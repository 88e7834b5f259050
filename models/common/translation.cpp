#include "translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace vaultscope {

Translation::Translation()
    : m_language(QStringLiteral("en"))
    , m_locale(QLocale::English, QLocale::UnitedStates)
{
}

Translation Translation::load(const QString &language)
{
    Translation t;
    if (language.isEmpty() || language == QLatin1String("en"))
        return t;
    auto translator = std::make_shared<QTranslator>();
    // The catalogues are embedded by the services library; a missing one leaves English.
    if (!translator->load(QStringLiteral(":/i18n/vaultscope_") + language))
        return t;
    t.m_language = language;
    t.m_locale = QLocale(language);
    t.m_translator = std::move(translator);
    return t;
}

QString Translation::translate(const char *context, const char *source, const char *disambiguation,
                               int n) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    QString text = QString::fromUtf8(source);
    return n >= 0 ? text.replace(QLatin1String("%n"), QString::number(n)) : text;
}

QString translated(const Translation *language, const char *context, const char *source)
{
    return language ? language->translate(context, source) : QCoreApplication::translate(context, source);
}

} // namespace vaultscope
