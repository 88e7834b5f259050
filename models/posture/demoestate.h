#pragma once

#include "estate.h"

#include <QDateTime>

namespace vaultscope {

// A deterministic, realistic estate for demonstrations and benchmarks: Recovery Services vaults,
// Backup vaults, Key Vaults and a few Managed HSMs spread over subscriptions, regions and resource
// groups, in Azure's wire format, with a believable mix of good, bad and absent configuration and
// diagnostic settings for part of the Key Vaults, and the Key Vaults' keys, secrets and
// certificates. The same seed (and asOf) gives the same estate.
struct DemoEstateOptions
{
    DemoEstateOptions(int subscriptionCount = 12, int vaultCount = 240, quint32 seedValue = 42)
        : subscriptions(subscriptionCount)
        , vaults(vaultCount)
        , seed(seedValue)
    {
    }
    int subscriptions;
    int vaults;
    quint32 seed;
    int objectsPerKeyVault = 8; // on average: keys, secrets, certificates (posture/demoobjects.h)
    QDateTime asOf;             // what object dates are relative to; 2026-01-01 when unset
};

Estate generateDemoEstate(const DemoEstateOptions &options);

} // namespace vaultscope
