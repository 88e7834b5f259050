#include "palette.h"

#include "posture/posture.h"

namespace vaultscope::Palette {

QColor outcome(char code, bool text)
{
    switch (code) {
    case OutcomeCode::Compliant:
        return Pass;
    case OutcomeCode::NonCompliant:
        return Fail;
    default:
        return text ? UnknownText : Unknown;
    }
}

} // namespace vaultscope::Palette
