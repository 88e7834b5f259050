#pragma once

#include <QString>

namespace vaultscope {

// Why a document could not be imported, located as precisely as the input allows.
struct ImportError
{
    QString file;
    int line = 0; // 1-based; 0 when the problem is not tied to a line
    QString message;

    bool isNull() const { return message.isEmpty(); }
    // "file:line: message", the form compilers use, so editors can jump to it.
    QString toString() const;
};

} // namespace vaultscope
