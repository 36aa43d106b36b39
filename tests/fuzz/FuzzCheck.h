#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep: its failure is a crash for libFuzzer (which keeps the input
// and stops), like a sanitizer's finding.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
