#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace tidemark {

// A benchmark that cannot measure stops, saying why.
[[noreturn]] inline void benchFail(const QString &message)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace tidemark
