/*
 * A complete dutycheck plugin in C, to show that the ABI does not depend on
 * Rust. It has one check, "placeholder", which flags a report that still
 * contains template placeholders (masked figures such as "*%", "****" or
 * "20__"), once, for the whole report.
 *
 * It needs no JSON parser: the request and document are searched as bytes,
 * and the answers are constant strings. Build it with:
 *
 *   cc -shared -fPIC -I crates/plugin/include plugins/c-minimal/minimal.c \
 *      -o libc_minimal.so
 *
 * The engine's tests do exactly that with the `cc` crate.
 */
#include <stdlib.h>
#include <string.h>
#include "dutycheck_plugin.h"

/* Copies `text` into a buffer we own; the host gives it back to free_buffer. */
static int32_t answer(DutycheckBuffer *out, const char *text, int32_t status) {
    size_t len = strlen(text);
    out->ptr = (uint8_t *)malloc(len ? len : 1);
    if (!out->ptr) return DUTYCHECK_CHECK_ERROR;
    memcpy(out->ptr, text, len);
    out->len = len;
    out->cap = len;
    return status;
}

static int contains(const uint8_t *data, size_t len, const char *needle) {
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, needle, n) == 0) return 1;
    return 0;
}

static int32_t manifest(DutycheckBuffer *out) {
    return answer(out,
        "{\"name\":\"c-minimal\",\"version\":\"0.1.0\","
        "\"description\":\"A plugin written in C.\","
        "\"checks\":[{\"id\":\"placeholder\","
        "\"description\":\"The report still contains template placeholders.\","
        "\"severity\":\"warning\","
        "\"options_schema\":{\"type\":\"object\",\"additionalProperties\":false}}]}",
        DUTYCHECK_OK);
}

static int32_t run(const uint8_t *request, size_t request_len,
                   const uint8_t *document, size_t document_len,
                   DutycheckBuffer *out) {
    if (!contains(request, request_len, "\"check\":\"placeholder\""))
        return answer(out, "unknown check", DUTYCHECK_UNKNOWN_CHECK);
    if (contains(document, document_len, "*%") ||
        contains(document, document_len, "****") ||
        contains(document, document_len, "20__"))
        return answer(out,
            "{\"findings\":[{\"message\":\"the report still contains template placeholders (*%, ****, 20__)\"}]}",
            DUTYCHECK_OK);
    return answer(out, "{\"findings\":[]}", DUTYCHECK_OK);
}

static void free_buffer(DutycheckBuffer buf) { free(buf.ptr); }

static const DutycheckPluginV1 TABLE = {
    DUTYCHECK_ABI_MAJOR, DUTYCHECK_ABI_MINOR, sizeof(DutycheckPluginV1),
    manifest, run, free_buffer,
};

const DutycheckPluginV1 *dutycheck_plugin_v1(void) { return &TABLE; }
