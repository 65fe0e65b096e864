// The built-in Kangjian sample as a snapshot file, embedded in the program: opening it takes a
// few milliseconds where generating and loading the sample took tens. The bytes are
// Sources/CSample/sample.dks, which a test (BuiltInSampleTests) checks byte for byte against
// a snapshot of what the generator makes, so the two never drift apart.
#ifndef DK_SAMPLE_H
#define DK_SAMPLE_H

#include <stddef.h>

/// The first byte of the embedded snapshot.
const unsigned char *dk_sample_bytes(void);

/// Its length in bytes.
size_t dk_sample_size(void);

#endif
