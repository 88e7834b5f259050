#pragma once

#include <QString>

namespace vaultscope {

// Languages the user interface is translated into, besides English.
QStringList availableLanguages(); // "de", "fr"
// The language to use: an explicit choice ("de"), else the saved setting, else the system's.
QString resolveLanguage(const QString &explicitChoice);
// Installs Vaultscope's and Qt's translators for the language on the running application.
void installTranslations(const QString &language);

} // namespace vaultscope
