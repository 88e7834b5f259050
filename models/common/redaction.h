#pragma once

#include <QString>

namespace vaultscope {

// Replaces what looks like a secret with "[redacted]": Authorization headers, bearer tokens, JWTs
// and OAuth parameters (access_token, refresh_token, id_token, code, code_verifier,
// client_secret, device_code). Applied to every log line.
QString redactSecrets(const QString &text);

// Routes Qt's messages through redactSecrets before the previous handler prints them, and drops
// Qt's note that XDG_RUNTIME_DIR is unset (every command in a root shell would print it).
void installRedactingMessageHandler();

} // namespace vaultscope
