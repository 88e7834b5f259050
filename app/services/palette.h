#pragma once

#include <QColor>

namespace vaultscope::Palette {

// Okabe–Ito blue and orange: pass and fail told apart by colour-blind readers too. The dashboard,
// the heat map, the vault page and the report all take their colours from here.
inline const QColor Pass(0x00, 0x72, 0xB2);
inline const QColor Fail(0xD5, 0x5E, 0x00);
inline const QColor Unknown(0x99, 0x99, 0x99);
// Text on a light background needs more contrast than a bar does.
inline const QColor UnknownText(0x66, 0x66, 0x66);
// The heat map's midpoint between fail and pass.
inline const QColor Neutral(0xF0, 0xE6, 0xD2);
// Report tables.
inline const QColor Rule(0xBB, 0xBB, 0xBB);
inline const QColor HeaderFill(0xE8, 0xEE, 0xF4);

// The colour of an outcome code (posture/posture.h OutcomeCode); text: for writing on white.
QColor outcome(char code, bool text = false);

} // namespace vaultscope::Palette
