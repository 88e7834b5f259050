#pragma once

#include <QString>

namespace vaultscope {

// "system" (the desktop's style and palette), "light" or "dark" (Fusion with a palette of its
// own). Applied to the running application; windows repaint with it at once.
void applyAppearance(const QString &mode);

} // namespace vaultscope
