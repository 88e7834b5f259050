// One libFuzzer target: VAULTSCOPE_FUZZ_ENTRY names the function of fuzzentries.h it feeds.
#include "fuzzentries.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL finds its SQLite driver through the application object (the review bundle merge).
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    vaultscope::fuzz::VAULTSCOPE_FUZZ_ENTRY(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
