#pragma once

#include "estate.h"

#include <QDateTime>

namespace vaultscope {

// Keys, secrets and certificates of one demo Key Vault or Managed HSM, in the Key Vault REST API's
// shapes (GetKey bodies, GetSecrets items, GetCertificate bodies, GetKeyRotationPolicy bodies), with
// a believable mix: most expire, some never do, a few expire soon after `asOf` or already have,
// some RSA keys are 1,024 bits, some certificates are valid for years, some keys have no rotation
// policy. `mature` vaults are kept better. The same seed gives the same objects.
void addDemoObjects(Estate *estate, const QString &vaultName, bool hsm, bool mature, int average,
                    const QDateTime &asOf, quint32 seed);

} // namespace vaultscope
