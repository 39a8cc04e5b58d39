/*
 * A C plugin that breaks the ABI in the ways the Rust SDK cannot, for the
 * host's failure-mode tests. Compiled by crates/host/tests with `cc`, once
 * per variant:
 *
 *   (no define)          a valid plugin "broken-c" whose checks misbehave:
 *                        "segfault", "invalid-json", "bad-status", "fine",
 *                        "huge-answer" (says its answer is 500 MB long)
 *   -DNO_ENTRY           does not export dutycheck_plugin_v1
 *   -DABI_MAJOR_VALUE=2  declares ABI 2.0
 *   -DBAD_MANIFEST       returns a manifest that is not JSON
 */
#include <stdlib.h>
#include <string.h>
#include "dutycheck_plugin.h"

#ifndef ABI_MAJOR_VALUE
#define ABI_MAJOR_VALUE DUTYCHECK_ABI_MAJOR
#endif

static int32_t answer(DutycheckBuffer *out, const char *text, int32_t status) {
    size_t len = strlen(text);
    out->ptr = (uint8_t *)malloc(len ? len : 1);
    if (!out->ptr) return DUTYCHECK_CHECK_ERROR;
    memcpy(out->ptr, text, len);
    out->len = len;
    out->cap = len;
    return status;
}

static int32_t manifest(DutycheckBuffer *out) {
#ifdef BAD_MANIFEST
    return answer(out, "{\"name\": \"broken-c\", this is not json", DUTYCHECK_OK);
#else
    return answer(out,
        "{\"name\":\"broken-c\",\"version\":\"0.0.1\",\"checks\":["
        "{\"id\":\"segfault\",\"severity\":\"error\"},"
        "{\"id\":\"invalid-json\",\"severity\":\"error\"},"
        "{\"id\":\"bad-status\",\"severity\":\"error\"},"
        "{\"id\":\"fine\",\"severity\":\"info\"},"
        "{\"id\":\"huge-answer\",\"severity\":\"error\"}]}",
        DUTYCHECK_OK);
#endif
}

/* The one real byte of the "huge" answer; never freed. */
static uint8_t HUGE = '{';

static int contains(const uint8_t *data, size_t len, const char *needle) {
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, needle, n) == 0) return 1;
    return 0;
}

static int32_t run(const uint8_t *request, size_t request_len,
                   const uint8_t *document, size_t document_len,
                   DutycheckBuffer *out) {
    (void)document; (void)document_len;
    if (contains(request, request_len, "\"check\":\"segfault\"")) {
        volatile int *volatile nowhere = NULL;
        *nowhere = 1;
    }
    if (contains(request, request_len, "\"check\":\"invalid-json\""))
        return answer(out, "{\"findings\": [ oops", DUTYCHECK_OK);
    if (contains(request, request_len, "\"check\":\"bad-status\""))
        return answer(out, "what is 42?", 42);
    if (contains(request, request_len, "\"check\":\"huge-answer\"")) {
        /* A 500 MB answer, without the memory: the host must refuse the
         * length before reading a byte (only the first one exists). */
        out->ptr = &HUGE;
        out->len = 500u * 1000u * 1000u;
        out->cap = 0;
        return DUTYCHECK_OK;
    }
    return answer(out, "{\"findings\":[]}", DUTYCHECK_OK);
}

static void free_buffer(DutycheckBuffer buf) {
    if (buf.ptr != &HUGE) free(buf.ptr);
}

static const DutycheckPluginV1 TABLE = {
    ABI_MAJOR_VALUE, DUTYCHECK_ABI_MINOR, sizeof(DutycheckPluginV1),
    manifest, run, free_buffer,
};

#ifdef NO_ENTRY
const DutycheckPluginV1 *some_other_symbol(void) { return &TABLE; }
#else
const DutycheckPluginV1 *dutycheck_plugin_v1(void) { return &TABLE; }
#endif
