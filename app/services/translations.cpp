#include "translations.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vaultscope {

QStringList availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString resolveLanguage(const QString &explicitChoice)
{
    QString lang = explicitChoice;
    if (lang.isEmpty())
        lang = Settings::language();
    if (lang.isEmpty() || lang == QLatin1String("system"))
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(lang) ? lang : QStringLiteral("en");
}

void installTranslations(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return;
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/vaultscope_") + language))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace vaultscope
