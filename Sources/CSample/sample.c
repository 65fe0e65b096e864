#include "dk_sample.h"

// DK_SAMPLE_FILE, the absolute path of sample.dks in quotes, comes from Package.swift.
// (The build does not see a change of sample.dks alone: touch this file after updating it.)
#if defined(__APPLE__)
#define DK_SECTION ".const_data"
#define DK_SYMBOL(name) "_" name
#else
#define DK_SECTION ".section .rodata"
#define DK_SYMBOL(name) name
#endif

__asm__(DK_SECTION "\n"
        ".balign 16\n"
        DK_SYMBOL("dk_sample_start") ":\n"
        ".incbin " DK_SAMPLE_FILE "\n"
        DK_SYMBOL("dk_sample_end") ":\n"
        ".byte 0\n"
        ".text\n");

extern const unsigned char dk_sample_start[];
extern const unsigned char dk_sample_end[];

const unsigned char *dk_sample_bytes(void) { return dk_sample_start; }

size_t dk_sample_size(void) { return (size_t)(dk_sample_end - dk_sample_start); }
