// The only C surface Orgbook sees: libcmark's public API (Debian libcmark-dev).
#include <cmark.h>
